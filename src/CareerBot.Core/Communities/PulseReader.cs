using System.Globalization;
using System.Text.Json;
using CareerBot.Core.Messaging;

namespace CareerBot.Core.Communities;

/// <summary>
/// Reads a community's interviews of the pulse's window from the store and counts them. With a state store, the first
/// pulse counted for a community on a UTC day is kept there (shared by every process) and served all that day — to the
/// report, the chart and the weekly line alike — so an answer given, changed or forgotten during the day cannot be read
/// from the difference between two pulses of that day.
/// </summary>
internal sealed class PulseReader(ICommunityInterviewStore store, IPlatformStateStore? days = null)
{
    public async Task<CommunityPulse> CountAsync(CommunityKey community, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var window = PulseWindow.Before(now);
        if (days is null)
        {
            return await CountAsync(community, window, cancellationToken);
        }

        var key = Key(community, window);
        if (Parse(await days.GetAsync(key, cancellationToken)) is { } kept && kept.Window == window)
        {
            return kept;
        }

        var pulse = await CountAsync(community, window, cancellationToken);

        // Another process may have kept one while this one counted: theirs was first. (Two that both find none and
        // store at the same moment can still differ; the window is then at most one store call wide.)
        if (Parse(await days.GetAsync(key, cancellationToken)) is { } theirs && theirs.Window == window)
        {
            return theirs;
        }

        await days.SetAsync(key, JsonSerializer.Serialize(pulse, PulseJsonContext.Default.CommunityPulse), cancellationToken);
        await days.SetAsync(Key(community, PulseWindow.Before(window.Until.AddDays(-1))), null, cancellationToken);
        return pulse;
    }

    private async Task<CommunityPulse> CountAsync(CommunityKey community, PulseWindow window, CancellationToken cancellationToken)
    {
        var interviews = await store.ListAsync(community, window.Since, window.Until, cancellationToken);
        return PulseCounter.Count(window, interviews);
    }

    private static string Key(CommunityKey community, PulseWindow window) =>
        $"pulse:{community}:{window.Until.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private static CommunityPulse? Parse(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, PulseJsonContext.Default.CommunityPulse);
        }
        catch (JsonException)
        {
            return null; // unreadable (an older shape): counted again and replaced
        }
    }
}
