using CareerBot.Core.Discussions;
using CareerBot.Core.Occupations;
using CareerBot.Core.Stories;
using CareerBot.Core.Texts;

namespace CareerBot.Telegram.Tests.Support;

/// <summary>
/// What the real dialogue engine reads, empty: no job matches, no occupations, no stories, no channels. Enough for a
/// greeting turn through the real <see cref="CareerBot.Core.Conversations.TurnProcessor"/>; the adapter's tests do not judge the dialogue.
/// </summary>
internal sealed class EmptyDialogueData : ITitleMatcher, IOccupationCatalog, IStoryTeller, IDiscussionStore
{
    public IReadOnlyList<Story> All => [];

    public IReadOnlyList<TitleMatch> Match(string text, int maxResults) => [];

    public IReadOnlyList<Occupation> Occupations => [];

    public Occupation? Find(string soc) => null;

    public IloExposure? FindIlo(string isco08) => null;

    public Story? Pick(StoryRequest request) => null;

    public string Tell(Story story, Language language) => "";

    public StoryPick? Choose(StoryRequest request) => null;

    public string Tell(StoryPick pick, Language language) => "";

    public Task<DiscussionChannel?> FindAsync(ChannelKey key, CancellationToken cancellationToken) => Task.FromResult<DiscussionChannel?>(null);

    public Task SaveAsync(DiscussionChannel channel, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<DiscussionChannel>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<DiscussionChannel>>([]);
}
