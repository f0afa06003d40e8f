using CareerBot.Core.Conversations;
using CareerBot.Core.Occupations;
using CareerBot.Core.Occupations.Matching;
using CareerBot.Core.Stories;
using CareerBot.Storage.LiteDb.Occupations;
using CareerBot.Storage.LiteDb.Occupations.Vocabulary;
using CareerBot.Storage.LiteDb.Tests.Occupations;
using CareerBot.Storage.LiteDb.Tests.Occupations.Matching;

namespace CareerBot.Storage.LiteDb.Tests.Corpus;

/// <summary>The dialogue engine as the host composes it, on the real seeds: matcher, occupations, stories, distress words.</summary>
public sealed class RealDialogueFixture : IAsyncLifetime, IDisposable
{
    private readonly RealSeedsFixture _seeds = new();

    internal DialogueEngine Engine { get; private set; } = null!;

    internal OccupationLookup Lookup { get; private set; } = null!;

    internal IOccupationCatalog Catalog => _seeds.Catalog;

    internal TitleMatcher Matcher { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _seeds.InitializeAsync();
        var matcher = new TitleMatcher(TitleVocabularyReader.Read(SeedFiles.Folder));
        Matcher = matcher;
        var stories = StoryTeller.Load(Path.Combine(SeedFiles.Folder, "stories.json"), (IOccupationCatalog)_seeds.Catalog);
        var settings = new DialogueSettings { Sources = ["Frey & Osborne (2013)"] };
        Engine = new DialogueEngine(matcher, _seeds.Catalog, stories, settings);
        Lookup = new OccupationLookup(matcher, _seeds.Catalog, settings);
    }

    public Task DisposeAsync() => _seeds.DisposeAsync();

    public void Dispose() => _seeds.Dispose();
}
