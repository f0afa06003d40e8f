using CareerBot.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Http;

/// <summary>One log line once the host has started: where the HTTP endpoints listen (the actual port when Urls asked for port 0), or that they are off.</summary>
internal static class HttpAnnouncement
{
    private const string Paths = $"{HttpEndpoints.HealthPath} {HttpEndpoints.MetricsPath} {HttpEndpoints.TelegramWebhookPath}";

    public static void Register(WebApplication app, bool listening)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CareerBot.Http");
        var otlp = MetricsServiceCollectionExtensions.IsOtlpConfigured(app.Configuration);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            if (listening)
            {
                var addresses = string.Join(", ", app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
                Log.HttpListening(logger, addresses, Paths);
            }
            else
            {
                Log.HttpOff(logger);
            }

            if (otlp)
            {
                Log.OtlpExport(logger);
            }
        });
    }
}
