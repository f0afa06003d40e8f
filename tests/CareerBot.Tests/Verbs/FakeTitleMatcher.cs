using CareerBot.Core.Occupations;

namespace CareerBot.Tests.Verbs;

/// <summary>Answers from a fixed table and remembers the last maxResults asked for.</summary>
internal sealed class FakeTitleMatcher(Dictionary<string, string[]> answers) : ITitleMatcher
{
    public int LastMaxResults { get; private set; }

    public IReadOnlyList<TitleMatch> Match(string text, int maxResults)
    {
        LastMaxResults = maxResults;
        return answers.TryGetValue(text, out var socs)
            ? [.. socs.Take(maxResults).Select((soc, i) => new TitleMatch(soc, "Title " + soc, 1.0 - (i * 0.1)))]
            : [];
    }
}
