namespace CareerBot.Core.Conversations.Flow;

/// <summary>The interview's own answers, step by step. Transitions between questions live here, in one place.</summary>
internal sealed class Interview(Questions questions, JobQuestion jobs, Assessment assessment, StoryTime stories)
{
    private const int MissesBeforeWayOn = 3;
    private const int MaxNoteLength = 1000;

    public void Answer(Turn turn, string? payload, string text)
    {
        switch (turn.Conversation.Step)
        {
            case DialogueStep.Hello:
                Hello(turn, payload, text);
                break;
            case DialogueStep.CurrentJob or DialogueStep.TargetJob:
                var slot = turn.Conversation.Step == DialogueStep.CurrentJob ? JobSlot.Current : JobSlot.Target;
                if (payload == JobQuestion.Prefix(slot) + Payloads.Skip)
                {
                    AfterJob(turn, slot);
                }
                else if (payload is not null)
                {
                    Stale(turn);
                }
                else
                {
                    jobs.Search(turn, text, slot);
                }

                break;
            case DialogueStep.ConfirmCurrentJob:
                if (jobs.Confirm(turn, payload, text, JobSlot.Current) is not null)
                {
                    AfterJob(turn, JobSlot.Current);
                }

                break;
            case DialogueStep.ConfirmTargetJob:
                if (jobs.Confirm(turn, payload, text, JobSlot.Target) is not null)
                {
                    AfterJob(turn, JobSlot.Target);
                }

                break;
            case DialogueStep.WorryLevel:
                Worry(turn, payload, text);
                break;
            case DialogueStep.WorryNote:
                Note(turn, payload, text);
                break;
            case DialogueStep.Goal:
                Goal(turn, payload, text);
                break;
            case DialogueStep.Assessment or DialogueStep.Stories:
                Story(turn, payload, text);
                break;
            case DialogueStep.WrapUp:
                WrapUp(turn, payload, text);
                break;
            case DialogueStep.ConfirmForget:
                Forget(turn, payload, text);
                break;
            case DialogueStep.Paused:
                Paused(turn, payload, text);
                break;
            case DialogueStep.Welcome:
                Welcome(turn, payload, text);
                break;
            default:
                throw new InvalidOperationException($"Unknown step {turn.Conversation.Step}.");
        }
    }

    /// <summary>Starts (or restarts) the questions: asks for the current job.</summary>
    public void AskJob(Turn turn)
    {
        turn.GoTo(DialogueStep.CurrentJob);
        questions.Ask(turn);
    }

    /// <summary>Returns to the step that was interrupted (pause, forget confirmation, welcome back) and asks it again.</summary>
    public void Resume(Turn turn)
    {
        var step = turn.Conversation.ResumeStep ?? DialogueStep.CurrentJob;
        turn.Conversation = turn.Conversation with { ResumeStep = null };
        turn.GoTo(step);
        questions.Ask(turn);
    }

    private void Hello(Turn turn, string? payload, string text)
    {
        if (payload == Payloads.Start || (payload is null && Answers.IsYes(text)))
        {
            AskJob(turn);
        }
        else if (payload is not null || Answers.IsNo(text) || !TryJobRightAway(turn, text))
        {
            Miss(turn);
        }
    }

    /// <summary>Someone who types their job before pressing "start" has read the hello: take a confident match as the answer.</summary>
    public bool TryJobRightAway(Turn turn, string text) => jobs.TrySearch(turn, text, JobSlot.Current);

    private void AfterJob(Turn turn, JobSlot slot)
    {
        var conversation = turn.Conversation;
        if (slot == JobSlot.Target || (conversation.Goal is not null && conversation.WorryLevel is not null))
        {
            Assess(turn);
            return;
        }

        turn.GoTo(DialogueStep.WorryLevel);
        questions.Ask(turn);
    }

    private void Worry(Turn turn, string? payload, string text)
    {
        var value = Payloads.ValueAfter(payload, Payloads.Worry);
        int? level = value is { Length: 1 } && value[0] is >= '1' and <= '5' ? value[0] - '0' : payload is null ? Answers.WorryLevel(text) : null;
        if (level is null && value != Payloads.Skip)
        {
            if (payload is not null)
            {
                Stale(turn);
            }
            else
            {
                Miss(turn, wayOn: [turn.Option("choice.skip", Payloads.Worry + Payloads.Skip)]);
            }

            return;
        }

        turn.Conversation = turn.Conversation with { WorryLevel = level };
        turn.GoTo(DialogueStep.WorryNote);
        questions.Ask(turn);
    }

    private void Note(Turn turn, string? payload, string text)
    {
        if (payload == Payloads.NoteKeep)
        {
            turn.Conversation = turn.Conversation with { KeepNotes = true };
            questions.Ask(turn);
            return;
        }

        if (payload is not null && payload != Payloads.NoteSkip)
        {
            Stale(turn);
            return;
        }

        if (payload is null && text.Length > 0)
        {
            var keep = turn.Conversation.KeepNotes;
            var note = text.Length <= MaxNoteLength ? text : text[..MaxNoteLength];
            turn.Conversation = turn.Conversation with { WorryNote = keep ? note : null };
            turn.SayKey(keep ? "ask.note.thanks" : "ask.note.thanks.notkept");
        }

        turn.GoTo(DialogueStep.Goal);
        questions.Ask(turn);
    }

    private void Goal(Turn turn, string? payload, string text)
    {
        CareerGoal? goal = Payloads.ValueAfter(payload, Payloads.Goal) switch
        {
            "adapt" => CareerGoal.StayAndAdapt,
            "retrain" => CareerGoal.Retrain,
            "own" => CareerGoal.StartOwn,
            "unsure" => CareerGoal.NotSure,
            _ => payload is null ? Answers.Goal(text) : null,
        };
        if (goal is null)
        {
            if (payload is not null)
            {
                Stale(turn);
            }
            else
            {
                Miss(turn);
            }

            return;
        }

        turn.Conversation = turn.Conversation with { Goal = goal, TargetSoc = null, TargetIsco = null };
        if (goal == CareerGoal.Retrain)
        {
            turn.GoTo(DialogueStep.TargetJob);
            questions.Ask(turn);
            return;
        }

        Assess(turn);
    }

    private void Assess(Turn turn)
    {
        turn.GoTo(DialogueStep.Assessment);
        assessment.Tell(turn);
        turn.GoTo(DialogueStep.Stories);
        questions.Ask(turn);
    }

    private void Story(Turn turn, string? payload, string text)
    {
        if (payload == Payloads.StoryYes || (payload is null && Answers.IsYes(text)))
        {
            stories.TellNext(turn);
        }
        else if (payload != Payloads.StorySkip && !(payload is null && Answers.IsNo(text)))
        {
            if (payload is not null)
            {
                Stale(turn);
            }
            else
            {
                Miss(turn);
            }

            return;
        }

        turn.GoTo(DialogueStep.WrapUp);
        questions.Ask(turn);
    }

    private void WrapUp(Turn turn, string? payload, string text)
    {
        switch (payload)
        {
            case Payloads.WrapAnother:
                turn.Conversation = turn.Conversation with { TargetSoc = null, TargetIsco = null };
                AskJob(turn);
                break;
            case Payloads.WrapStory:
                stories.TellNext(turn);
                turn.SayKey("wrapup", Questions.WrapUpChoices(turn));
                break;
            case null when text.Length > 0:
                // Anything typed after the interview is most likely another job to look at.
                jobs.Search(turn, text, JobSlot.Current);
                break;
            default:
                Stale(turn);
                break;
        }
    }

    private void Forget(Turn turn, string? payload, string text)
    {
        if (payload == Payloads.ForgetYes || (payload is null && Answers.IsYes(text)))
        {
            turn.ForgetPerson = true;
            turn.SayKey("forget.done");
        }
        else if (payload == Payloads.ForgetNo || (payload is null && Answers.IsNo(text)))
        {
            turn.SayKey("forget.kept");
            Resume(turn);
        }
        else
        {
            questions.Ask(turn, DialogueStep.ConfirmForget);
        }
    }

    private void Paused(Turn turn, string? payload, string text)
    {
        if (payload == Payloads.PauseContinue || (payload is null && Answers.IsYes(text)))
        {
            Resume(turn);
        }
        else if (payload == Payloads.PauseLater)
        {
            turn.SayKey("distress.later.ok");
        }
        else
        {
            questions.Ask(turn);
        }
    }

    private void Welcome(Turn turn, string? payload, string text)
    {
        if (payload == Payloads.Resume || (payload is null && Answers.IsYes(text)))
        {
            Resume(turn);
        }
        else
        {
            questions.Ask(turn);
        }
    }

    private void Stale(Turn turn)
    {
        turn.SayKey("stale");
        questions.Ask(turn);
    }

    /// <summary>An answer that can't be used: re-ask in other words; after three, offer a way on.</summary>
    private void Miss(Turn turn, Messaging.Choice[]? wayOn = null)
    {
        var misses = turn.Conversation.Misses + 1;
        turn.Conversation = turn.Conversation with { Misses = misses };
        if (misses < MissesBeforeWayOn || turn.Conversation.Step == DialogueStep.Hello)
        {
            questions.Ask(turn, turn.Conversation.Step, misses);
            return;
        }

        questions.Ask(turn, turn.Conversation.Step, 2);
        var key = turn.Conversation.Step switch
        {
            DialogueStep.WorryLevel => "ask.worry.wayon",
            DialogueStep.Goal => "ask.goal.wayon",
            _ => null,
        };
        var choices = (wayOn ?? []).Append(turn.Option("choice.restart", Payloads.Command + "restart")).ToArray();
        turn.Say(key is null ? turn.Text("confirm.retry") : turn.Text(key), choices);
    }
}
