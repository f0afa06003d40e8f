using CareerBot.Adapters;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace CareerBot.Http;

/// <summary>
/// Whether the bot listens for HTTP: only when it runs its platform adapters (a bot token is configured) and an address is
/// configured the standard way — <c>Urls</c> (<c>--urls</c>, <c>ASPNETCORE_URLS</c>), <c>ASPNETCORE_HTTP_PORTS</c> (set by
/// the aspnet container image) or Kestrel endpoints. The console chat and the verbs never open a port, so any number of
/// them (and of bots without an address) run side by side, as before.
/// </summary>
internal static class HttpServer
{
    public static bool IsEnabled(IConfiguration configuration) =>
        BotTokens.AnyConfigured(configuration) && HasAddress(configuration);

    public static bool HasAddress(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey])
        || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpPortsKey])
        || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpsPortsKey])
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
}
