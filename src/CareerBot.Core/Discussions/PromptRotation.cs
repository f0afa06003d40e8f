namespace CareerBot.Core.Discussions;

/// <summary>
/// Picks prompts for a channel: each cycle uses every prompt once in a random order; the next cycle starts fresh,
/// never with the prompt just posted. Prompts removed from the catalog are dropped; new ones join the current cycle.
/// </summary>
internal static class PromptRotation
{
    /// <summary>Makes sure the channel has an upcoming prompt that still exists.</summary>
    public static DiscussionChannel EnsureUpcoming(DiscussionChannel channel, PromptCatalog catalog, Random random)
    {
        if (catalog.Find(channel.UpcomingPromptId) is not null)
        {
            return channel;
        }

        var used = channel.UsedInCycle.Where(id => catalog.Find(id) is not null && id != channel.UpcomingPromptId).ToList();
        var candidates = catalog.All.Select(p => p.Id).Where(id => !used.Contains(id, StringComparer.Ordinal)).ToList();
        if (candidates.Count == 0)
        {
            used.Clear();
            candidates = [.. catalog.All.Select(p => p.Id).Where(id => id != channel.LastPromptId || catalog.All.Count == 1)];
        }

        var pick = candidates[random.Next(candidates.Count)];
        used.Add(pick);
        return channel with { UpcomingPromptId = pick, UsedInCycle = used };
    }

    /// <summary>Takes the upcoming prompt for a post and chooses the one after it.</summary>
    public static (DiscussionPrompt Prompt, DiscussionChannel Channel) Take(DiscussionChannel channel, PromptCatalog catalog, Random random)
    {
        var ready = EnsureUpcoming(channel, catalog, random);
        var prompt = catalog.Find(ready.UpcomingPromptId)!;
        var next = EnsureUpcoming(ready with { UpcomingPromptId = null, LastPromptId = prompt.Id }, catalog, random);
        return (prompt, next);
    }
}
