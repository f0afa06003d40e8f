using System.Collections.Immutable;
using CareerBot.Core.Messaging;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Conversations.Flow.Steps;

/// <summary>
/// "Did you mean one of these?": a tap, a number, a label, "yes" when one job is offered, "no" to rephrase, or another
/// description of the job (which is searched again). Works the same after a restart: everything it needs is stored.
/// </summary>
internal sealed class ConfirmJobStep(JobFinder finder) : IStep
{
    private const int ButtonLabelLimit = 80;

    public IReadOnlyList<DialogueStep> Serves { get; } = [DialogueStep.ConfirmCurrentJob, DialogueStep.ConfirmTargetJob, DialogueStep.ConfirmOtherJob];

    public Choice[] Choices(Turn turn)
    {
        var prefix = JobStep.Prefix(InterviewMap.Slot(turn.Conversation.Step));
        var choices = turn.Conversation.Candidates.Select(soc => new Choice(Label(finder.Display(soc, turn.Language)), prefix + soc)).ToList();
        choices.Add(turn.Option("confirm.none", prefix + Payloads.None));
        return [.. choices];
    }

    public void Ask(Turn turn, int variant)
    {
        var slot = InterviewMap.Slot(turn.Conversation.Step);
        var key = variant > 0 ? "confirm.retry"
            : turn.Conversation.Candidates.Length == 1 ? "confirm.single"
            : slot switch { JobSlot.Current => "confirm.job", JobSlot.Target => "confirm.target", _ => "other.confirm" };
        turn.SayKey(key, Choices(turn));
    }

    public void Answer(Turn turn, Interview interview)
    {
        var slot = InterviewMap.Slot(turn.Conversation.Step);
        var candidates = turn.Conversation.Candidates;
        var value = Payloads.ValueAfter(turn.Payload, JobStep.Prefix(slot));
        if (turn.Payload is null && candidates.Length == 1 && turn.Reading.Answer == ShortAnswer.Yes)
        {
            value = candidates[0];
        }

        if (value == Payloads.Skip)
        {
            JobStep.Skip(turn, interview, slot);
        }
        else if (value == Payloads.None || (turn.Payload is null && turn.Reading.Answer == ShortAnswer.No))
        {
            turn.Conversation = turn.Conversation with { Candidates = [], CandidateIscos = [] };
            turn.SayKey("confirm.rephrase");
            turn.GoTo(InterviewMap.Ask(slot));
        }
        else if (value is not null && candidates.IndexOf(value) is var index and >= 0)
        {
            Choose(turn, interview, slot, candidates, index);
        }
        else if (turn.Payload is not null)
        {
            interview.Stale(turn);
        }
        else if (turn.Reading.Answer == ShortAnswer.Yes)
        {
            turn.SayKey("confirm.which", Choices(turn));
        }
        else if (!interview.Jobs.TrySearch(turn, interview, slot))
        {
            // Not a job, but maybe a worry or a goal ("maybe retrain as a plumber?"): taken, then the list again.
            if (slot != JobSlot.Other)
            {
                interview.Slots.FillAndNote(turn);
            }

            interview.Miss(turn);
        }
    }

    public static string Label(string text) => text.Length <= ButtonLabelLimit ? text : string.Concat(text.AsSpan(0, ButtonLabelLimit - 1), "…");

    private void Choose(Turn turn, Interview interview, JobSlot slot, ImmutableArray<string> candidates, int index)
    {
        var soc = candidates[index];
        var isco = turn.Conversation.CandidateIscos.ElementAtOrDefault(index) is { Length: > 0 } code ? code : null;
        var conversation = turn.Conversation with { Candidates = [], CandidateIscos = [] };
        turn.Conversation = slot switch
        {
            JobSlot.Current => conversation with { CurrentSoc = soc, CurrentIsco = isco },
            JobSlot.Target => conversation with { TargetSoc = soc, TargetIsco = isco },
            _ => conversation,
        };
        if (slot == JobSlot.Other)
        {
            interview.ShowOther(turn, soc, isco);
            return;
        }

        turn.Say(turn.Format("job.chosen", finder.Display(soc, turn.Language)));
        interview.Advance(turn);
    }
}
