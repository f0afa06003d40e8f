using CareerBot.Core.Occupations;
using CareerBot.Core.Understanding;

namespace CareerBot.Storage.LiteDb.Tests.Occupations.Matching;

/// <summary>What the interview does with a typed job answer, as an <see cref="ITitleMatcher"/> the accuracy helper can score.</summary>
internal sealed class ReaderMatcher(JobFinder finder) : ITitleMatcher
{
    public IReadOnlyList<TitleMatch> Match(string text, int maxResults)
    {
        var reading = MessageReader.Read(text, AskedFor.Job);
        return [.. finder.Find(reading.JobPhrases, reading.StudySoc).Matches.Take(maxResults)];
    }
}
