using System.Text;
using CareerBot.Core.Occupations;

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
            turn.Say(Card(turn, current, conversation.CurrentIsco, withRelated: target is null));
        }

        if (target is not null)
        {
            turn.Say(Card(turn, target, conversation.TargetIsco, withRelated: false));
        }

        if (current is not null && target is not null)
        {
            turn.Say(turn.Format(
                "assess.compare",
                OccupationNames.Display(current, turn.Language),
                RiskFigures.AutomationOrUnknown(turn, current.AutomationProbability),
                RiskFigures.ExposureOrUnknown(turn, current.GenAiExposure),
                OccupationNames.Display(target, turn.Language),
                RiskFigures.AutomationOrUnknown(turn, target.AutomationProbability),
                RiskFigures.ExposureOrUnknown(turn, target.GenAiExposure)));
        }

        var advice = new StringBuilder();
        if (conversation.Goal is { } goal)
        {
            advice.AppendLine(turn.Text("assess.goal." + GoalKey(goal)));
        }

        advice.Append(turn.Text("assess.caveat"));
        turn.Say(advice.ToString());
    }

    /// <summary>The figures of one occupation as one message, optionally with safer related jobs.</summary>
    public string Card(Turn turn, Occupation occupation, string? isco, bool withRelated)
    {
        var lines = new List<string>(figures.Lines(turn, occupation, isco));
        lines.AddRange(RiskFigures.Outlook(turn, occupation));
        if (withRelated && figures.SaferRelated(occupation) is { Count: > 0 } safer)
        {
            var items = safer.Select(o => turn.Format("assess.related.item", OccupationNames.Display(o, turn.Language), RiskFigures.Percent(turn.Language, o.AutomationProbability!.Value)));
            lines.Add(turn.Format("assess.related", string.Join("; ", items)));
        }

        return string.Join('\n', lines);
    }

    public static string GoalKey(CareerGoal goal) => goal switch
    {
        CareerGoal.StayAndAdapt => "adapt",
        CareerGoal.Retrain => "retrain",
        CareerGoal.StartOwn => "own",
        _ => "unsure",
    };
}
