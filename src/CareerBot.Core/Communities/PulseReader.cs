namespace CareerBot.Core.Communities;

/// <summary>Reads a community's interviews of the pulse's window from the store and counts them.</summary>
internal sealed class PulseReader(ICommunityInterviewStore store)
{
    public async Task<CommunityPulse> CountAsync(CommunityKey community, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var window = PulseWindow.Before(now);
        var interviews = await store.ListAsync(community, window.Since, window.Until, cancellationToken);
        return PulseCounter.Count(window, interviews);
    }
}
