using CareerBot.Core.Conversations.Commands;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Conversations.Flow;

/// <summary>Commands that work from every step of a private conversation; checked before the step's own handling.</summary>
internal sealed class PrivateCommands(Interview interview, RiskLookup risk, StoryTime stories, DialogueSettings settings)
{
    public void Handle(Turn turn, BotCommand command)
    {
        // The catalog's name for what was typed ("/taal" is /language); a word it does not know stays as it was.
        switch (CommandCatalog.Find(command.Name)?.Name ?? command.Name)
        {
            case CommandNames.Start when StartLink.JobCode(command.Argument) is { } soc:
                StartWithCard(turn, soc);
                break;
            case CommandNames.Start or CommandNames.Career:
                Start(turn);
                break;
            case CommandNames.Restart:
                Restart(turn);
                break;
            case CommandNames.Cancel:
                Cancel(turn);
                break;
            case CommandNames.Back:
                Back(turn);
                break;
            case CommandNames.Forget:
                if (turn.Conversation.Step != DialogueStep.ConfirmForget)
                {
                    Interview.Interrupt(turn, DialogueStep.ConfirmForget);
                }

                interview.Ask(turn);
                break;
            case CommandNames.Language:
                Language(turn, command.Argument);
                break;
            case CommandNames.Help:
                SideAnswer(turn, () => turn.SayKey("help"));
                break;
            case CommandNames.Privacy:
                SideAnswer(turn, () => Privacy(turn));
                break;
            case CommandNames.Sources:
                SideAnswer(turn, () => Sources(turn));
                break;
            case CommandNames.Risk:
                // A "did you mean" list is the question for now; the interview's question follows the pick.
                if (!risk.Answer(turn, command.Argument).AsksWhich)
                {
                    interview.Ask(turn, turn.Conversation.Step == DialogueStep.Hello ? 1 : 0);
                }

                break;
            case BotCommand.PickedRisk:
                SideAnswer(turn, () => risk.Show(turn, command.Argument));
                break;
            case BotCommand.MoreDetails:
                SideAnswer(turn, () => risk.More(turn, command.Argument));
                break;
            case CommandNames.Stories:
                SideAnswer(turn, () => stories.TellNext(turn));
                break;
            default:
                SideAnswer(turn, () => SayUnknown(turn, command.Name));
                break;
        }
    }

    /// <summary>What is stored and for how long (the configured retention).</summary>
    public void Privacy(Turn turn) => turn.Say(turn.Format("privacy", settings.RetainIdleDays));

    public void Sources(Turn turn)
    {
        var lines = turn.Language == Texts.Language.Dutch && settings.SourcesDutch.Count > 0 ? settings.SourcesDutch : settings.Sources;
        turn.Say(string.Join("\n", lines.Select(line => "• " + line).Prepend(turn.Get("sources.header"))));
    }

    private void Start(Turn turn)
    {
        var step = turn.Conversation.Step;
        if (step is DialogueStep.Hello or DialogueStep.WrapUp)
        {
            interview.GoTo(turn, DialogueStep.Hello);
        }
        else if (step is DialogueStep.Paused or DialogueStep.Welcome)
        {
            interview.Resume(turn);
        }
        else
        {
            Interview.Interrupt(turn, DialogueStep.Welcome);
            interview.Ask(turn);
        }
    }

    /// <summary>
    /// "/start risk-&lt;soc&gt;" (a link to one occupation's card): the card, then the question the person was at in full
    /// (at Hello the hello with its storage notice); a code the catalogue does not know is said so politely and the start
    /// goes on as usual.
    /// </summary>
    private void StartWithCard(Turn turn, string soc)
    {
        if (!risk.Knows(soc))
        {
            turn.SayKey("start.unknown_job");
            Start(turn);
            return;
        }

        risk.Show(turn, soc);
        // The question the person is at, in full: at Hello that is the hello itself, which says what is stored — someone
        // new who came by the link has not seen it, and its short retry would leave the storage notice out.
        interview.Ask(turn);
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
            Community = old.Community,
            CommunitySince = old.CommunitySince,
        };
        turn.SayKey("restart.done");
        interview.GoTo(turn, DialogueStep.CurrentJob);
    }

    private void Cancel(Turn turn)
    {
        if (turn.Conversation.Step is DialogueStep.ConfirmForget)
        {
            turn.SayKey("forget.kept");
            interview.Resume(turn);
            return;
        }

        turn.Conversation = turn.Conversation with { ResumeStep = null, Care = null, Candidates = [], CandidateIscos = [] };
        turn.GoTo(DialogueStep.Hello);
        turn.Say(turn.Format("cancel.done", settings.RetainIdleDays));
    }

    private void Back(Turn turn)
    {
        var step = InterviewMap.IsPause(turn.Conversation.Step) ? turn.Conversation.ResumeStep ?? DialogueStep.Hello : turn.Conversation.Step;
        var previous = InterviewMap.Back(step, turn.Conversation.Goal);
        if (previous is null)
        {
            turn.SayKey("back.none");
            interview.Ask(turn, turn.Conversation.Step == DialogueStep.Hello ? 1 : 0);
            return;
        }

        // Going back to a question means answering it again: its answer, and those that depend on it, are cleared.
        turn.Conversation = Clear(turn.Conversation with { ResumeStep = null, Care = null }, previous.Value);
        interview.GoTo(turn, previous.Value);
    }

    private void Language(Turn turn, string argument)
    {
        if (!LanguageCodes.TryParse(argument, out var language))
        {
            if (argument.Length > 0)
            {
                turn.SayKey("language.unknown");
            }

            turn.Say(turn.Get("language.ask"), new Messaging.Choice("English", Payloads.Language + "en"), new Messaging.Choice("Nederlands", Payloads.Language + "nl"));
            return;
        }

        turn.Conversation = turn.Conversation with { Language = language, LanguageChosen = true };
        SideAnswer(turn, () => turn.SayKey("language.set"));
    }

    /// <summary>Answers beside the interview, then repeats the question the person was at so they know where they are.</summary>
    private void SideAnswer(Turn turn, Action answer)
    {
        answer();
        interview.Ask(turn, turn.Conversation.Step == DialogueStep.Hello ? 1 : 0);
    }

    private static Conversation Clear(Conversation conversation, DialogueStep step) => step switch
    {
        DialogueStep.CurrentJob => conversation with { CurrentSoc = null, CurrentIsco = null, Candidates = [], CandidateIscos = [] },
        DialogueStep.WorryLevel => conversation with { WorryLevel = null },
        DialogueStep.Goal => conversation with { Goal = null, TargetSoc = null, TargetIsco = null, PendingTargets = [], PendingTargetIscos = [] },
        DialogueStep.TargetJob => conversation with { TargetSoc = null, TargetIsco = null, Candidates = [], CandidateIscos = [] },
        _ => conversation,
    };

    /// <summary>A polite word about a command the bot does not know (in private chats and public channels alike).</summary>
    public static void SayUnknown(Turn turn, string name) => turn.Say(turn.Format("command.unknown", "/" + InputText.Echo(name, 32)));
}
