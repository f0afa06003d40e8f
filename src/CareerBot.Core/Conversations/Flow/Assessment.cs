using System.Text;
using CareerBot.Core.Occupations;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Conversations.Flow;

/// <summary>The grounded assessment: current (and target) job figures with sources, safer related jobs, outlook and caveat.</summary>
internal sealed class Assessment(IOccupationCatalog occupations, RiskFigures figures)
{
    public void Tell(Turn turn)
    {
        var conversation = turn.Conversation;
        var current = conversation.CurrentSoc is { } soc ? occupations.Find(soc) : null;
        var target = conversation.TargetSoc is { } targetSoc ? occupations.Find(targetSoc) : null;

        if (current is null && target is null)
        {
            turn.SayKey("assess.nojob");
        }

        if (current is not null)
        {
            var header = conversation.Situation switch
            {
                WorkSituation.Student => "assess.header.studying",
                WorkSituation.Unemployed or WorkSituation.BetweenJobs or WorkSituation.Retired or WorkSituation.AtHome => "assess.header.last",
                _ => "assess.header",
            };
            turn.Say(Card(turn, current, conversation.CurrentIsco, withRelated: target is null, header));
        }

        if (target is not null)
        {
            turn.Say(Card(turn, target, conversation.TargetIsco, withRelated: false));
        }

        if (current is not null && target is not null)
        {
            Compare(turn, current, target);
        }

        var advice = new StringBuilder();
        if (conversation.Goal is { } goal)
        {
            advice.AppendLine(turn.Get("assess.goal." + GoalKey(goal)));
        }

        advice.Append(turn.Get("assess.caveat"));
        turn.Say(advice.ToString());
    }

    /// <summary>The figures of one occupation as one message, optionally with safer related jobs.</summary>
    public string Card(Turn turn, Occupation occupation, string? isco, bool withRelated, string header = "assess.header")
    {
        var lines = new List<string>(figures.Lines(turn, occupation, isco, header));
        lines.AddRange(RiskFigures.Outlook(turn, occupation));
        if (withRelated && figures.SaferRelated(occupation) is { Count: > 0 } safer)
        {
            var items = safer.Select(o => turn.Format("assess.related.item", OccupationNames.Display(o, turn.Language), RiskFigures.Percent(turn.Language, o.AutomationProbability!.Value)));
            lines.Add(turn.Format("assess.related", string.Join("; ", items)));
        }

        return string.Join('\n', lines);
    }

    /// <summary>"Another job": one more occupation's figures, side by side with the person's own when there is one.</summary>
    public void TellOther(Turn turn, string soc, string? isco)
    {
        if (occupations.Find(soc) is not { } other)
        {
            return;
        }

        turn.Say(Card(turn, other, isco, withRelated: true));
        if (turn.Conversation.CurrentSoc is { } own && own != soc && occupations.Find(own) is { } current)
        {
            Compare(turn, current, other);
        }
    }

    private static void Compare(Turn turn, Occupation first, Occupation second) => turn.Say(turn.Format(
        "assess.compare",
        OccupationNames.Display(first, turn.Language),
        RiskFigures.AutomationOrUnknown(turn, first.AutomationProbability),
        RiskFigures.ExposureOrUnknown(turn, first.GenAiExposure),
        OccupationNames.Display(second, turn.Language),
        RiskFigures.AutomationOrUnknown(turn, second.AutomationProbability),
        RiskFigures.ExposureOrUnknown(turn, second.GenAiExposure)));

    public static string GoalKey(CareerGoal goal) => goal switch
    {
        CareerGoal.StayAndAdapt => "adapt",
        CareerGoal.Retrain => "retrain",
        CareerGoal.StartOwn => "own",
        _ => "unsure",
    };
}
