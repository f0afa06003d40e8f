using CareerBot.Core.Conversations.Commands;
using CareerBot.Core.Conversations.Flow;
using CareerBot.Core.Conversations.Flow.Answer;
using CareerBot.Core.Conversations.Flow.Steps;
using CareerBot.Core.Messaging;
using CareerBot.Core.Occupations;
using CareerBot.Core.Stories;
using CareerBot.Core.Texts;
using CareerBot.Core.Understanding;
using CareerBot.Core.Understanding.Safety;

namespace CareerBot.Core.Conversations;

/// <summary>
/// The interview as a pure decision: given the stored conversation and one message, returns the new conversation and the replies.
/// Every typed text is first read for safety and for every slot it fills; then a command, care, or the current step answers.
/// Loading, saving and sending happen outside.
/// </summary>
public sealed class DialogueEngine
{
    private readonly TextCatalog _texts = TextCatalog.Embedded;
    private readonly DialogueSettings _settings;
    private readonly Interview _interview;
    private readonly PrivateCommands _commands;
    private readonly PublicDesk _public;

    public DialogueEngine(ITitleMatcher matcher, IOccupationCatalog occupations, IStoryTeller stories, DialogueSettings settings)
    {
        _settings = settings;
        var finder = new JobFinder(matcher, occupations);
        var moves = new MoveRanker(occupations);
        var card = new AnswerCard(occupations, moves, settings);
        var assessment = new Assessment(occupations, card);
        var storyTime = new StoryTime(stories);
        var risk = new RiskLookup(finder, occupations, card, new AnswerDetails(occupations, moves));
        _interview = new Interview(finder, assessment, storyTime);
        _commands = new PrivateCommands(_interview, risk, storyTime, settings);
        _public = new PublicDesk(risk, storyTime, _commands, settings);
    }

    public DialogueTurn Handle(Conversation? stored, IncomingMessage message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(message);
        var conversation = stored ?? new Conversation { Key = message.Key, StartedAt = now, LastActivity = now };
        if (!conversation.LanguageChosen && message.Locale is not null)
        {
            conversation = conversation with { Language = LanguageCodes.FromLocale(message.Locale) };
        }

        var text = InputText.Clean(message.Text);
        if (!conversation.LanguageChosen && message.ChoicePayload is null && LanguageGuess.Of(text) is { } written)
        {
            // A person writing Dutch is answered in Dutch (and English in English), whatever the app's language; /language fixes it.
            conversation = conversation with { Language = written };
        }

        var turn = new Turn(_texts, message, conversation) { Text = text };
        var command = message.ChoicePayload is null ? BotCommand.Parse(text) : BotCommand.FromPayload(message.ChoicePayload);
        if (!message.IsDirect)
        {
            _public.Answer(turn, command, text);
            return turn.ContinuesPrivately ? ContinuePrivately(stored, conversation, turn, now) : new DialogueTurn(stored, turn.Replies);
        }

        Converse(turn, command, stored is null, now - conversation.LastActivity);
        if (turn.ForgetPerson)
        {
            return new DialogueTurn(null, turn.Replies) { ForgetPerson = true };
        }

        var updated = CommunityOrigin.Record(turn.Conversation, message, command, now) with { LastActivity = now, Turns = turn.Conversation.Turns + 1 };
        return new DialogueTurn(updated, turn.Replies);
    }

    /// <summary>
    /// "Start the interview", asked in public where the adapter can open a private chat: the interview starts there in the
    /// same turn (its replies marked for the private chat, first, so the chat has them when the public note points to it).
    /// </summary>
    private DialogueTurn ContinuePrivately(Conversation? stored, Conversation conversation, Turn publicTurn, DateTimeOffset now)
    {
        var start = CommandCatalog.Start.AsTyped();
        var privately = publicTurn.Message with { IsDirect = true, Text = start, ChoicePayload = null, ChannelId = null, IsModerator = false };
        var turn = new Turn(_texts, privately, conversation) { Text = start };
        var started = new BotCommand(CommandNames.Start, string.Empty);
        Converse(turn, started, stored is null, now - conversation.LastActivity);
        var updated = CommunityOrigin.Record(turn.Conversation, privately, started, now) with { LastActivity = now, Turns = turn.Conversation.Turns + 1 };
        return new DialogueTurn(updated, [.. turn.Replies.Select(r => r with { InPrivateChat = true }), .. publicTurn.Replies]);
    }

    private void Converse(Turn turn, BotCommand? command, bool isNew, TimeSpan idle)
    {
        if (Payloads.ValueAfter(turn.Payload, Payloads.Language) is { } code)
        {
            command = new BotCommand(CommandNames.Language, code);
        }

        if (command is not null)
        {
            _commands.Handle(turn, command);
            return;
        }

        if (turn.Payload is null && turn.Text.Length > _settings.MaxMessageLength && SafetyTriage.Assess(turn.Text) is { Level: >= SafetyLevel.Distress } worrying)
        {
            // Someone pouring everything out is met with care first; "keep it shorter" can wait.
            CareStep.Enter(turn, worrying, InterviewMap.IsPause(turn.Conversation.Step) ? turn.Conversation.ResumeStep ?? DialogueStep.Hello : turn.Conversation.Step);
            return;
        }

        if (turn.Payload is null && (turn.Text.Length == 0 || turn.Text.Length > _settings.MaxMessageLength))
        {
            if (isNew)
            {
                _interview.Ask(turn);
            }

            turn.Say(turn.Text.Length == 0 ? turn.Get(turn.Message.Text is null ? "nontext" : "empty") : turn.Format("toolong", _settings.MaxMessageLength));
            return;
        }

        if (turn.Payload is null)
        {
            turn.Reading = MessageReader.Read(turn.Text, Asked(turn.Conversation.Step));
            if (turn.Conversation.Step != DialogueStep.Paused && Care(turn))
            {
                return;
            }

            turn.Conversation = turn.Conversation with { StoryCues = turn.Conversation.StoryCues | StoryCueReader.Read(turn.Text) };

            if (TypedWords.AsksForMore(turn.Text) && turn.Conversation.LastCard is { } card)
            {
                _commands.Handle(turn, new BotCommand(BotCommand.MoreDetails, card));
                return;
            }

            turn.Payload = _interview.TypedChoice(turn);
            if (BotCommand.FromPayload(turn.Payload) is { } typed)
            {
                // A typed button label that is a command ("What do you store?").
                _commands.Handle(turn, typed);
                return;
            }
        }

        if (isNew)
        {
            // A first message of any kind gets the hello; whatever it already says (a job, a worry, a goal) is taken.
            _interview.Ask(turn);
            if (turn.Payload is null && turn.Reading.Answer != ShortAnswer.Yes)
            {
                HelloStep.TakeAnswers(turn, _interview);
            }
            else
            {
                _interview.Answer(turn);
            }
        }
        else if (idle > _settings.IdleGreetingAfter && InterviewMap.IsMidInterview(turn.Conversation.Step))
        {
            Interview.Interrupt(turn, DialogueStep.Welcome);
            _interview.Ask(turn);
        }
        else
        {
            _interview.Answer(turn);
        }
    }

    /// <summary>Safety first: a crisis or distress pauses the interview with care; fear gets one kind sentence, then the answer goes on.</summary>
    private bool Care(Turn turn)
    {
        var safety = SafetyTriage.Assess(turn.Text);
        if (safety is { Level: SafetyLevel.Crisis, IsCertain: false } && turn.Conversation.RiskCheckDeclined)
        {
            // They told us they are safe; only a rule, not the model alone, asks again.
            safety = SafetyReading.Calm;
        }

        if (safety.Level >= SafetyLevel.Distress)
        {
            var resumeAt = turn.Conversation.Step;
            if (safety.Level == SafetyLevel.Distress || !safety.IsCertain)
            {
                // The answer in the same message is kept, so "go on" (or "I'm safe") continues from there.
                var scratch = new Turn(_texts, turn.Message, turn.Conversation) { Text = turn.Text, Reading = turn.Reading };
                if (scratch.Conversation.Step == DialogueStep.Hello)
                {
                    HelloStep.TakeAnswers(scratch, _interview);
                }
                else
                {
                    _interview.Answer(scratch);
                }

                turn.Conversation = scratch.Conversation with { Step = resumeAt };
                resumeAt = InterviewMap.IsPause(scratch.Conversation.Step) ? resumeAt : scratch.Conversation.Step;
            }

            CareStep.Enter(turn, safety, resumeAt);
            return true;
        }

        // At the worry questions the answer itself is the worry: the question's own thanks is enough there.
        // Said once, like a person would; repeating it in every message would sound like a script.
        if (safety.Level == SafetyLevel.Fear && !turn.Conversation.FearAcknowledged && turn.Conversation.Step is not (DialogueStep.WorryLevel or DialogueStep.WorryNote))
        {
            turn.Preface(turn.Get("fear." + ((turn.Conversation.Turns % 3) + 1)));
            turn.Conversation = turn.Conversation with { FearAcknowledged = true };
        }

        return false;
    }

    private static AskedFor Asked(DialogueStep step) => step switch
    {
        DialogueStep.WorryLevel => AskedFor.Worry,
        DialogueStep.Goal => AskedFor.Goal,
        DialogueStep.CurrentJob or DialogueStep.TargetJob or DialogueStep.OtherJob => AskedFor.Job,
        _ => AskedFor.Nothing,
    };
}
