using System.Text.RegularExpressions;
using CareerBot.Core.Conversations.Flow.Answer;
using CareerBot.Core.Messaging;
using CareerBot.Core.Occupations;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Conversations.Flow;

/// <summary>
/// /risk &lt;job&gt;: a quick, grounded look-up without the interview. Figures are shown only for a job the matcher is sure
/// of; otherwise the person is asked which job they mean ("did you mean…"), with buttons. A known SOC 2018 code
/// ("/risk 29-1141", what a command picker's suggestion sends) is that occupation, as picked.
/// </summary>
internal sealed partial class RiskLookup(JobFinder finder, IOccupationCatalog occupations, AnswerCard card, AnswerDetails details)
{
    private const int EchoLimit = 40;
    private const int OtherMatches = 2;

    /// <summary>Answers with figures for a confident match, or asks which job is meant.</summary>
    public RiskAnswer Answer(Turn turn, string query)
    {
        if (query.Length == 0)
        {
            turn.SayKey("risk.usage");
            return RiskAnswer.Nothing;
        }

        if (SocCode().IsMatch(query) && occupations.Find(query) is not null)
        {
            Show(turn, query);
            return new RiskAnswer(query, AsksWhich: false);
        }

        var reading = MessageReader.Read(query, AskedFor.Job);
        var search = finder.Find(reading.JobPhrases.IsEmpty ? [query] : reading.JobPhrases, reading.StudySoc);
        if (!search.Found)
        {
            var safe = !reading.IsAbusive && query.Length <= EchoLimit && query.Any(char.IsLetter);
            turn.Say(reading.Situation is { } situation and not WorkSituation.Working ? turn.Get("risk.situation")
                : safe ? turn.Format("ask.job.notfound", query) : turn.Get(reading.IsAbusive ? "ask.job.notfound.abuse" : "ask.job.notfound.plain"));
            return RiskAnswer.Nothing;
        }

        if (!search.IsConfident)
        {
            var choices = search.Matches.Select(m => new Choice(Steps.ConfirmJobStep.Label(occupations.Display(m.Soc, turn.Language)), Payloads.Risk + m.Soc)).ToArray();
            turn.Say(turn.Get("risk.didyoumean"), choices);
            return new RiskAnswer(null, AsksWhich: true);
        }

        Show(turn, search.Matches[0].Soc, search.Matches[0].Isco08, search.Matches.Skip(1).Select(m => m.Soc));
        return new RiskAnswer(search.Matches[0].Soc, AsksWhich: false);
    }

    /// <summary>True when the catalogue holds this SOC code.</summary>
    public bool Knows(string soc) => occupations.Find(soc) is not null;

    /// <summary>The card of one occupation, as picked from a "did you mean" list or matched with confidence; other matches as buttons.</summary>
    public void Show(Turn turn, string soc, string? isco = null, IEnumerable<string>? others = null)
    {
        if (occupations.Find(soc) is not { } occupation)
        {
            turn.SayKey("stale");
            return;
        }

        var alternatives = (others ?? []).Take(OtherMatches)
            .Select(other => new Choice(Steps.ConfirmJobStep.Label(occupations.Display(other, turn.Language)), Payloads.Risk + other))
            .ToList();
        turn.Say(card.Build(turn, new CardJobs(occupation, isco), extraChoices: alternatives));
    }

    /// <summary>The details under a card ("More"): tasks, moves or comparison, and the sources.</summary>
    public void More(Turn turn, string value)
    {
        if (!details.Tell(turn, value))
        {
            turn.SayKey("stale");
        }
    }

    [GeneratedRegex(@"^\d{2}-\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex SocCode();
}
