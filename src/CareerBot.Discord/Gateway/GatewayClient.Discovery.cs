namespace CareerBot.Discord.Gateway;

/// <summary>Where to connect: gateway discovery before each IDENTIFY, and the query string.</summary>
internal sealed partial class GatewayClient
{
    /// <summary>
    /// Asks GET /gateway/bot before every IDENTIFY (never before a RESUME): the URL, the session starts left today
    /// (which other shards and processes also spend) and max_concurrency (the IDENTIFY buckets) are then current. While
    /// the call fails the last URL is used; a refused token (401) is fatal.
    /// </summary>
    /// <returns>The gateway URL (null when it is not known for now); Refused when Discord rejected the token.</returns>
    private async Task<(string? Url, bool Refused)> DiscoverAsync(CancellationToken cancellationToken)
    {
        var result = await rest.GetGatewayBotAsync(cancellationToken);
        if (result.Value is not { } info)
        {
            return result.Error is { HttpStatus: 401 } ? (null, true) : (_gatewayUrl, false);
        }

        if (info.SessionStartLimit is { } limit)
        {
            pacer.MaxConcurrency = limit.MaxConcurrency;
            Log.GatewayDiscovered(_logger, info.Shards ?? 0, limit.Remaining, limit.Total, pacer.MaxConcurrency);
            if (limit is { Remaining: 0, ResetAfter: > 0 })
            {
                // Out of session starts: going on would get the token reset, so wait until Discord refills them.
                Log.GatewayIdentifyBudgetExhausted(_logger, limit.ResetAfter);
                await Task.Delay(TimeSpan.FromMilliseconds(limit.ResetAfter), time, cancellationToken);
            }
        }

        _gatewayUrl = info.Url;
        return (_gatewayUrl, false);
    }

    private static Uri WithQuery(string url)
    {
        var builder = new UriBuilder(url) { Query = "v=10&encoding=json" };
        return builder.Uri;
    }
}
