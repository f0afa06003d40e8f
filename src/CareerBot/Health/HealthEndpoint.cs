using System.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Health;

/// <summary>
/// GET {Health:Url}healthz answers the health report as JSON: 200 when healthy or degraded, 503 when unhealthy.
/// Anything else is 404. Requests are answered one at a time; it is meant for a local probe, not the internet.
/// </summary>
internal sealed class HealthEndpoint(HealthCheckService health, IOptions<HealthOptions> options, ILogger<HealthEndpoint> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var url = options.Value.Url;
        if (!options.Value.EndpointEnabled)
        {
            return;
        }

        using var listener = new HttpListener();
        listener.Prefixes.Add(url);
        try
        {
            listener.Start();
        }
        catch (HttpListenerException ex)
        {
            // A busy port must not stop the bot: it runs on without the endpoint.
            Log.HealthEndpointFailed(logger, url, ex);
            return;
        }

        Log.HealthEndpointListening(logger, url);
        await using var stop = stoppingToken.Register(listener.Stop);
        while (!stoppingToken.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException && stoppingToken.IsCancellationRequested)
            {
                return;
            }

            try
            {
                await AnswerAsync(context, stoppingToken);
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or OperationCanceledException && !stoppingToken.IsCancellationRequested)
            {
                Log.HealthRequestFailed(logger, ex);
            }
        }
    }

    private async Task AnswerAsync(HttpListenerContext context, CancellationToken cancellationToken)
    {
        using var response = context.Response;
        if (context.Request.HttpMethod is not ("GET" or "HEAD") || context.Request.Url?.AbsolutePath.TrimEnd('/').EndsWith("/healthz", StringComparison.Ordinal) != true)
        {
            response.StatusCode = (int)HttpStatusCode.NotFound;
            return;
        }

        var report = await health.CheckHealthAsync(cancellationToken);
        var body = HealthReportJson.Write(report);
        response.StatusCode = report.Status == HealthStatus.Unhealthy ? (int)HttpStatusCode.ServiceUnavailable : (int)HttpStatusCode.OK;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers["Cache-Control"] = "no-store";
        response.ContentLength64 = body.Length;
        if (context.Request.HttpMethod == "GET")
        {
            await response.OutputStream.WriteAsync(body, cancellationToken);
        }
    }
}
