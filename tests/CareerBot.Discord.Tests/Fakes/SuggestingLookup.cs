using CareerBot.Core.Conversations;
using CareerBot.Core.Occupations;
using CareerBot.Core.Texts;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>A real <see cref="OccupationLookup"/> over three occupations and a matcher that finds "nurse" (or fails), for the suggestions it gives.</summary>
internal static class SuggestingLookup
{
    public static OccupationLookup Create() => new(new Matcher(), new Catalog(), new DialogueSettings());

    /// <summary>A lookup whose matcher fails, as a broken index would.</summary>
    public static OccupationLookup Failing() => new(new FailingMatcher(), new Catalog(), new DialogueSettings());

    private sealed class Catalog : IOccupationCatalog
    {
        public IReadOnlyList<Occupation> Occupations { get; } =
        [
            new Occupation { Soc = "29-1141", Title = "Registered Nurses", DutchLabel = "verpleegkundige" },
            new Occupation { Soc = "27-3043", Title = "Writers and Authors", DutchLabel = "schrijver" },
            new Occupation { Soc = "51-3011", Title = "Bakers", DutchLabel = "bakker" },
        ];

        public Occupation? Find(string soc) => Occupations.FirstOrDefault(o => o.Soc == soc);

        public IloExposure? FindIlo(string isco08) => null;
    }

    private sealed class Matcher : ITitleMatcher
    {
        public IReadOnlyList<TitleMatch> Match(string text, int maxResults) =>
            text.Contains("nurse", StringComparison.OrdinalIgnoreCase) ? [new TitleMatch("29-1141", "Registered Nurses", 0.95) { IsConfident = true }] : [];
    }

    private sealed class FailingMatcher : ITitleMatcher
    {
        public IReadOnlyList<TitleMatch> Match(string text, int maxResults) => throw new InvalidOperationException("index missing");
    }
}
