using CareerBot.Core.Understanding;

namespace CareerBot.Core.Conversations.Flow;

/// <summary>
/// Takes every slot a message fills, whatever was asked: worry, goal, a target job, not being in paid work. What is taken
/// beyond the open question is said back in one short line, so the person knows it was heard and is never asked again.
/// </summary>
internal sealed class SlotFilling(JobFinder finder)
{
    /// <summary>Fills the slots the conversation does not have yet from <see cref="Turn.Reading"/>; returns the notes to say.</summary>
    public List<string> Fill(Turn turn, bool worryAsked = false, bool goalAsked = false)
    {
        var reading = turn.Reading;
        var conversation = turn.Conversation;
        var notes = new List<string>();
        if (!worryAsked && conversation.WorryLevel is null && reading.Worry is { } worry)
        {
            conversation = conversation with { WorryLevel = worry };
            notes.Add(turn.Format("noted.worry", worry));
        }

        if (reading.Situation is { } situation and not WorkSituation.Working && conversation.CurrentSoc is null)
        {
            conversation = conversation with { Situation = situation };
        }

        if (!goalAsked && conversation.Goal is null && reading.Goal is { } goal)
        {
            conversation = conversation with { Goal = goal };
            notes.Add(turn.Format("noted.goal", turn.Get("goal.noted." + Assessment.GoalKey(goal))));
        }

        if (!reading.TargetPhrases.IsEmpty && conversation.TargetSoc is null && conversation.PendingTargets.IsEmpty
            && finder.Find(reading.TargetPhrases) is { Found: true } target)
        {
            conversation = conversation with
            {
                PendingTargets = [.. target.Matches.Select(m => m.Soc)],
                PendingTargetIscos = [.. target.Matches.Select(m => m.Isco08 ?? string.Empty)],
                Goal = conversation.Goal ?? CareerGoal.Retrain,
            };
        }

        turn.Conversation = conversation;
        return notes;
    }

    /// <summary>Fills the slots and says in one line what was taken beyond the question.</summary>
    public void FillAndNote(Turn turn, bool worryAsked = false, bool goalAsked = false)
    {
        var notes = Fill(turn, worryAsked, goalAsked);
        if (notes.Count > 0)
        {
            turn.Preface(string.Join(" ", notes));
        }
    }
}
