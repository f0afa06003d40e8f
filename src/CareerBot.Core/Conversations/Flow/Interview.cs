using CareerBot.Core.Conversations.Commands;
using CareerBot.Core.Conversations.Flow.Steps;
using CareerBot.Core.Messaging;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Conversations.Flow;

/// <summary>
/// Runs the questions: hands an answer to the handler of the current step, and moves on to the next question that is
/// not answered yet (<see cref="InterviewMap"/>). Handlers call back here to move, re-ask or assess.
/// </summary>
internal sealed class Interview
{
    private const int MissesBeforeWayOn = 3;
    private readonly Dictionary<DialogueStep, IStep> _steps = [];
    private readonly Assessment _assessment;

    public Interview(JobFinder finder, Assessment assessment, StoryTime stories)
    {
        _assessment = assessment;
        Slots = new SlotFilling(finder);
        IStep[] steps =
        [
            new HelloStep(), new JobStep(finder), new ConfirmJobStep(finder), new WorryStep(), new NoteStep(), new GoalStep(),
            new StoryStep(stories), new WrapUpStep(stories), new ForgetStep(), new WelcomeStep(), new CareStep(),
        ];
        foreach (var step in steps)
        {
            foreach (var served in step.Serves)
            {
                _steps[served] = step;
            }
        }
    }

    public SlotFilling Slots { get; }

    public IStep Handler(DialogueStep step) => _steps[step];

    /// <summary>The job question, which other steps use when a message names a job.</summary>
    public JobStep Jobs => (JobStep)_steps[DialogueStep.CurrentJob];

    public void Ask(Turn turn, int variant = 0) => Handler(turn.Conversation.Step).Ask(turn, variant);

    public void Answer(Turn turn) => Handler(turn.Conversation.Step).Answer(turn, this);

    /// <summary>Moves to the step and asks its question.</summary>
    public void GoTo(Turn turn, DialogueStep step)
    {
        turn.GoTo(step);
        Ask(turn);
    }

    /// <summary>Asks the next question the person has not answered yet, or gives the assessment when all are answered.</summary>
    public void Advance(Turn turn)
    {
        var next = InterviewMap.Next(turn.Conversation, turn.Conversation.Step);
        if (next == DialogueStep.Assessment)
        {
            Assess(turn);
        }
        else if (next == DialogueStep.TargetJob && !turn.Conversation.PendingTargets.IsEmpty)
        {
            // The target was named earlier ("…and I want to become an electrician"): confirm it now instead of asking.
            turn.Conversation = turn.Conversation with
            {
                Candidates = turn.Conversation.PendingTargets,
                CandidateIscos = turn.Conversation.PendingTargetIscos,
                PendingTargets = [],
                PendingTargetIscos = [],
            };
            GoTo(turn, DialogueStep.ConfirmTargetJob);
        }
        else
        {
            GoTo(turn, next);
        }
    }

    public void Assess(Turn turn)
    {
        turn.GoTo(DialogueStep.Assessment);
        _assessment.Tell(turn);
        GoTo(turn, DialogueStep.Stories);
    }

    /// <summary>"Another job": the figures of one more occupation, next to the person's own, then back to the wrap-up.</summary>
    public void ShowOther(Turn turn, string soc, string? isco)
    {
        _assessment.TellOther(turn, soc, isco);
        GoTo(turn, DialogueStep.WrapUp);
    }

    /// <summary>Returns to the step that was interrupted (pause, forget confirmation, welcome back) and asks it again.</summary>
    public void Resume(Turn turn)
    {
        var step = turn.Conversation.ResumeStep ?? DialogueStep.CurrentJob;
        turn.Conversation = turn.Conversation with { ResumeStep = null, Care = null, CheckingRisk = false };
        GoTo(turn, step == DialogueStep.Hello ? DialogueStep.CurrentJob : step);
    }

    /// <summary>Leaves the current step for a pause, remembering where to come back to.</summary>
    public static void Interrupt(Turn turn, DialogueStep pause)
    {
        var resume = InterviewMap.IsPause(turn.Conversation.Step) ? turn.Conversation.ResumeStep : turn.Conversation.Step;
        turn.Conversation = turn.Conversation with { ResumeStep = resume };
        turn.GoTo(pause);
    }

    /// <summary>A button from an earlier question: say so and ask the current one again.</summary>
    public void Stale(Turn turn)
    {
        turn.SayKey("stale");
        Ask(turn);
    }

    /// <summary>An answer that can't be used: re-ask in other words; after three, offer a way on.</summary>
    public void Miss(Turn turn, params Choice[] wayOn)
    {
        var misses = turn.Conversation.Misses + 1;
        turn.Conversation = turn.Conversation with { Misses = misses };
        if (misses < MissesBeforeWayOn || turn.Conversation.Step == DialogueStep.Hello)
        {
            Ask(turn, misses);
            return;
        }

        Ask(turn, 2);
        var key = turn.Conversation.Step switch
        {
            DialogueStep.WorryLevel => "ask.worry.wayon",
            DialogueStep.Goal => "ask.goal.wayon",
            _ => "confirm.retry",
        };
        turn.Say(turn.Get(key), [.. wayOn, turn.Option("choice.restart", Payloads.Command + CommandNames.Restart)]);
    }

    /// <summary>The payload of the button whose label or number the person typed, if any.</summary>
    public string? TypedChoice(Turn turn)
    {
        var choices = Handler(turn.Conversation.Step).Choices(turn);
        if (choices.Length == 0)
        {
            return null;
        }

        if (turn.Reading.Number is { } number)
        {
            var index = number == -1 ? choices.Length - 1 : number - 1;
            return index >= 0 && index < choices.Length ? choices[index].Payload : null;
        }

        // The label as typed, or a distinctive part of one label ("next steps" for "Skip to next steps").
        var typed = Words(turn.Text);
        var labels = choices.Select(c => (c.Payload, Label: Words(c.Label))).ToList();
        // A part never runs a command ("start" is not "Start over"); only a whole label does.
        var partial = typed.Length >= 6
            ? labels.Where(l => !l.Payload.StartsWith(Payloads.Command, StringComparison.Ordinal) && (" " + l.Label + " ").Contains(" " + typed + " ", StringComparison.Ordinal)).ToList()
            : [];
        return labels.FirstOrDefault(l => l.Label == typed).Payload ?? (partial.Count == 1 ? partial[0].Payload : null);
    }

    private static string Words(string text) => string.Join(' ', ChatText.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "|"));
}
