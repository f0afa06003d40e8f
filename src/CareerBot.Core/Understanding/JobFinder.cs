using CareerBot.Core.Occupations;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Understanding;

/// <summary>
/// Finds the occupation a message names: tries each phrase the <see cref="MessageReader"/> found (the whole message, then
/// its clauses) and keeps the best-scoring match, so "I'm a helpdesk worker and they're putting in an AI kiosk" finds the
/// helpdesk even where the matcher cannot split the sentence itself. A field of study read as a SOC code needs no matching.
/// </summary>
public sealed class JobFinder(ITitleMatcher matcher, IOccupationCatalog occupations)
{
    public const int CandidateCount = 3;

    /// <summary>The codes the occupation store knows, in the given order.</summary>
    public IEnumerable<string> Known(IEnumerable<string> socs) => socs.Where(soc => occupations.Find(soc) is not null);

    /// <summary>How an occupation is named to the person.</summary>
    public string Display(string soc, Language language) => occupations.Display(soc, language);

    public JobSearch Find(IEnumerable<string> phrases, string? studySoc = null)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        if (studySoc is not null && occupations.Find(studySoc) is { } field)
        {
            return new JobSearch([new TitleMatch(field.Soc, field.Title, 1.0) { IsConfident = true }], string.Empty);
        }

        var best = JobSearch.None;
        foreach (var phrase in phrases)
        {
            var matches = matcher.Match(phrase, CandidateCount).Where(m => occupations.Find(m.Soc) is not null).ToList();
            if (matches.Count > 0 && (!best.Found || matches[0].Score > best.Matches[0].Score))
            {
                best = new JobSearch(matches, phrase);
            }
        }

        return best;
    }
}
