using CareerBot.Core.Occupations;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Stories;

/// <summary>The real stories of <c>seeds/stories.json</c>: picks the closest one for a person and tells it faithfully.</summary>
/// <param name="seed">The validated seed (see <see cref="StorySeedReader"/>).</param>
/// <param name="relatedOf">Related occupations of a SOC code, most related first (e.g. O*NET via <see cref="IOccupationCatalog"/>).</param>
public sealed class StoryTeller(StorySeed seed, Func<string, IReadOnlyList<string>> relatedOf) : IStoryTeller
{
    private readonly StorySelector _selector = new(seed.Stories, relatedOf);
    private StoryChooser? _chooser;

    public IReadOnlyList<Story> All => seed.Stories;

    /// <summary>Background from the article that is not a person's story (Frey's view).</summary>
    public IReadOnlyList<ContextNote> Context => seed.Context;

    /// <summary>Loads and validates the seed; a relative path is resolved against <see cref="AppContext.BaseDirectory"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not valid; the message lists every problem.</exception>
    public static StoryTeller Load(string path, Func<string, IReadOnlyList<string>> relatedOf) =>
        new(StorySeedReader.Read(path), relatedOf);

    /// <summary>Loads the seed and takes related occupations from the catalog.</summary>
    public static StoryTeller Load(string path, IOccupationCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Load(path, soc => catalog.Find(soc)?.RelatedSocs ?? []);
    }

    public static StoryTeller Load(Stream stream, string sourceName, Func<string, IReadOnlyList<string>> relatedOf) =>
        new(StorySeedReader.Read(stream, sourceName), relatedOf);

    public Story? Find(string id) => seed.Stories.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    public Story? Pick(StoryRequest request) => _selector.Pick(request);

    public StoryPick? Choose(StoryRequest request) =>
        (_chooser ??= new StoryChooser(seed.Stories, seed.Context, _selector)).Choose(request);

    public string Tell(StoryPick pick, Language language)
    {
        ArgumentNullException.ThrowIfNull(pick);
        return pick.Story is { } story ? Tell(story, language)
            : pick.Note is { } note ? StoryRenderer.RenderContext([note], seed.Phrases, language)
            : string.Empty;
    }

    public string Tell(Story story, Language language)
    {
        ArgumentNullException.ThrowIfNull(story);
        return StoryRenderer.Render(story, seed.Phrases, language);
    }

    /// <summary>The context notes as one plain-text message (empty when there are none).</summary>
    public string TellContext(Language language) =>
        seed.Context.Count == 0 ? string.Empty : StoryRenderer.RenderContext(seed.Context, seed.Phrases, language);
}
