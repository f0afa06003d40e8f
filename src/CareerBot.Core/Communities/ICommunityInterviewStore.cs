namespace CareerBot.Core.Communities;

/// <summary>The interviews started from a community, as the pulse may see them (stored with the conversations).</summary>
public interface ICommunityInterviewStore
{
    /// <summary>The interviews started from <paramref name="community"/> at or after <paramref name="since"/> and before <paramref name="until"/>.</summary>
    Task<IReadOnlyList<CommunityInterview>> ListAsync(CommunityKey community, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);
}
