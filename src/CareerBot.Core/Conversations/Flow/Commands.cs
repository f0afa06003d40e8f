using CareerBot.Core.Texts;

namespace CareerBot.Core.Conversations.Flow;

/// <summary>Commands that work from every step of a private conversation; checked before the step's own handling.</summary>
internal sealed class Commands(Questions questions, Interview interview, RiskLookup risk, StoryTime stories, DialogueSettings settings)
{
    public void Handle(Turn turn, BotCommand command)
    {
        switch (command.Name)
        {
            case "start" or "career":
                Start(turn);
                break;
            case "restart":
                Restart(turn);
                break;
            case "cancel":
                Cancel(turn);
                break;
            case "back":
                Back(turn);
                break;
            case "forget":
                if (turn.Conversation.Step != DialogueStep.ConfirmForget)
                {
                    Interrupt(turn, DialogueStep.ConfirmForget);
                }

                questions.Ask(turn);
                break;
            case "language" or "lang" or "taal":
                Language(turn, command.Argument);
                break;
            case "help":
                SideAnswer(turn, () => turn.SayKey("help"));
                break;
            case "privacy":
                SideAnswer(turn, () => Privacy(turn));
                break;
            case "sources":
                SideAnswer(turn, () => Sources(turn));
                break;
            case "risk":
                SideAnswer(turn, () => risk.Answer(turn, command.Argument));
                break;
            case "stories" or "story":
                SideAnswer(turn, () => stories.TellNext(turn));
                break;
            default:
                SideAnswer(turn, () => SayUnknown(turn, command.Name));
                break;
        }
    }

    /// <summary>What is stored and for how long (the configured retention).</summary>
    public void Privacy(Turn turn) => turn.Say(turn.Format("privacy", settings.RetainIdleDays));

    public void Sources(Turn turn) =>
        turn.Say(string.Join("\n", settings.Sources.Select(line => "• " + line).Prepend(turn.Text("sources.header"))));

    private void Start(Turn turn)
    {
        var step = turn.Conversation.Step;
        if (step is DialogueStep.Hello or DialogueStep.WrapUp)
        {
            turn.GoTo(DialogueStep.Hello);
            questions.Ask(turn);
        }
        else if (step is DialogueStep.Paused or DialogueStep.Welcome)
        {
            interview.Resume(turn);
        }
        else
        {
            Interrupt(turn, DialogueStep.Welcome);
            questions.Ask(turn);
        }
    }

    private void Restart(Turn turn)
    {
        var old = turn.Conversation;
        turn.Conversation = new Conversation
        {
            Key = old.Key,
            Language = old.Language,
            LanguageChosen = old.LanguageChosen,
            StartedAt = old.StartedAt,
            LastActivity = old.LastActivity,
            Turns = old.Turns,
            StoriesTold = old.StoriesTold,
        };
        turn.SayKey("restart.done");
        interview.AskJob(turn);
    }

    private void Cancel(Turn turn)
    {
        if (turn.Conversation.Step is DialogueStep.ConfirmForget)
        {
            turn.SayKey("forget.kept");
            interview.Resume(turn);
            return;
        }

        turn.Conversation = turn.Conversation with { ResumeStep = null, Candidates = [], CandidateIscos = [] };
        turn.GoTo(DialogueStep.Hello);
        turn.Say(turn.Format("cancel.done", settings.RetainIdleDays));
    }

    private void Back(Turn turn)
    {
        var step = turn.Conversation.Step is DialogueStep.Paused or DialogueStep.Welcome or DialogueStep.ConfirmForget
            ? turn.Conversation.ResumeStep ?? DialogueStep.Hello
            : turn.Conversation.Step;
        var previous = Previous(step, turn.Conversation.Goal);
        if (previous is null)
        {
            turn.SayKey("back.none");
            questions.Ask(turn, turn.Conversation.Step, variant: turn.Conversation.Step == DialogueStep.Hello ? 1 : 0);
            return;
        }

        turn.Conversation = turn.Conversation with { ResumeStep = null };
        turn.GoTo(previous.Value);
        questions.Ask(turn);
    }

    private void Language(Turn turn, string argument)
    {
        if (!LanguageCodes.TryParse(argument, out var language))
        {
            if (argument.Length > 0)
            {
                turn.SayKey("language.unknown");
            }

            turn.Say(turn.Text("language.ask"), new Messaging.Choice("English", Payloads.Language + "en"), new Messaging.Choice("Nederlands", Payloads.Language + "nl"));
            return;
        }

        turn.Conversation = turn.Conversation with { Language = language, LanguageChosen = true };
        SideAnswer(turn, () => turn.SayKey("language.set"));
    }

    /// <summary>Answers beside the interview, then repeats the question the person was at so they know where they are.</summary>
    private void SideAnswer(Turn turn, Action answer)
    {
        answer();
        questions.Ask(turn, turn.Conversation.Step, variant: turn.Conversation.Step == DialogueStep.Hello ? 1 : 0);
    }

    private static void Interrupt(Turn turn, DialogueStep step)
    {
        var resume = turn.Conversation.Step is DialogueStep.Paused or DialogueStep.Welcome or DialogueStep.ConfirmForget
            ? turn.Conversation.ResumeStep
            : turn.Conversation.Step;
        turn.Conversation = turn.Conversation with { ResumeStep = resume };
        turn.GoTo(step);
    }

    private static DialogueStep? Previous(DialogueStep step, CareerGoal? goal) => step switch
    {
        DialogueStep.CurrentJob => DialogueStep.Hello,
        DialogueStep.ConfirmCurrentJob or DialogueStep.WorryLevel => DialogueStep.CurrentJob,
        DialogueStep.WorryNote => DialogueStep.WorryLevel,
        DialogueStep.Goal => DialogueStep.WorryNote,
        DialogueStep.TargetJob => DialogueStep.Goal,
        DialogueStep.ConfirmTargetJob => DialogueStep.TargetJob,
        DialogueStep.Assessment or DialogueStep.Stories or DialogueStep.WrapUp => goal == CareerGoal.Retrain ? DialogueStep.TargetJob : DialogueStep.Goal,
        _ => null,
    };

    /// <summary>A polite word about a command the bot does not know (in private chats and public channels alike).</summary>
    public static void SayUnknown(Turn turn, string name) => turn.Say(turn.Format("command.unknown", "/" + InputText.Echo(name, 32)));
}
