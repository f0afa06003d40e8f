namespace CareerBot.Discord.Gateway;

/// <summary>Where to connect: the discovered gateway URL (cached), Identify spacing, the query string.</summary>
internal sealed partial class GatewayClient
{
    /// <summary>The gateway URL (null when discovery failed for now); Refused when Discord rejected the token.</summary>
    private async Task<(string? Url, bool Refused)> DiscoverAsync(CancellationToken cancellationToken)
    {
        if (gatewayUrl is not null)
        {
            return (gatewayUrl, false);
        }

        var result = await rest.GetGatewayBotAsync(cancellationToken);
        if (result.Value is not { } info)
        {
            return (null, result.Error is { HttpStatus: 401 });
        }

        if (info.SessionStartLimit is { Remaining: 0, ResetAfter: > 0 } limit)
        {
            // Out of daily Identifies: hitting the limit would reset the token, so wait it out.
            Log.GatewayIdentifyBudgetExhausted(logger, limit.ResetAfter);
            await Task.Delay(TimeSpan.FromMilliseconds(limit.ResetAfter), time, cancellationToken);
        }

        gatewayUrl = info.Url;
        return (gatewayUrl, false);
    }

    private async Task WaitForIdentifySlotAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (lastIdentify is { } last && now - last < IdentifySpacing)
        {
            await Task.Delay(last + IdentifySpacing - now, time, cancellationToken);
        }

        lastIdentify = time.GetUtcNow();
    }

    private static Uri WithQuery(string url)
    {
        var builder = new UriBuilder(url) { Query = "v=10&encoding=json" };
        return builder.Uri;
    }
}
