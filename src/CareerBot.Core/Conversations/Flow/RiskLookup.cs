using CareerBot.Core.Occupations;

namespace CareerBot.Core.Conversations.Flow;

/// <summary>/risk &lt;job&gt;: a quick, grounded look-up without the interview.</summary>
internal sealed class RiskLookup(ITitleMatcher matcher, IOccupationCatalog occupations, Assessment assessment)
{
    /// <summary>Answers with the best match's figures; returns its SOC code, or null when nothing matched.</summary>
    public string? Answer(Turn turn, string query)
    {
        if (query.Length == 0)
        {
            turn.SayKey("risk.usage");
            return null;
        }

        var matches = matcher.Match(query, 3).Where(m => occupations.Find(m.Soc) is not null).ToList();
        if (matches.Count == 0)
        {
            turn.Say(turn.Format("ask.job.notfound", InputText.Echo(query)));
            return null;
        }

        var best = matches[0];
        var lines = assessment.Card(turn, occupations.Find(best.Soc)!, best.Isco08, withRelated: true);
        if (matches.Count > 1)
        {
            var others = string.Join("; ", matches.Skip(1).Select(m => occupations.Display(m.Soc, turn.Language)));
            lines += "\n" + turn.Format("risk.more", InputText.Echo(query), others);
        }

        turn.Say(lines + "\n" + turn.Text("risk.caveat"));
        return best.Soc;
    }
}
