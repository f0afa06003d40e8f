using CareerBot.Core.Conversations.Flow;
using CareerBot.Core.Messaging;
using CareerBot.Core.Occupations;
using CareerBot.Core.Stories;
using CareerBot.Core.Texts;
using CareerBot.Core.Understanding.Safety;

namespace CareerBot.Core.Conversations;

/// <summary>
/// The interview as a pure decision: given the stored conversation and one message, returns the new conversation and the replies.
/// Loading, saving and sending happen outside.
/// </summary>
public sealed class DialogueEngine
{
    private readonly TextCatalog _texts;
    private readonly DialogueSettings _settings;
    private readonly Questions _questions;
    private readonly Interview _interview;
    private readonly Commands _commands;
    private readonly PublicDesk _public;

    public DialogueEngine(ITitleMatcher matcher, IOccupationCatalog occupations, IStoryTeller stories, DialogueSettings settings)
    {
        _texts = TextCatalog.Embedded;
        _settings = settings;
        _questions = new Questions(occupations);
        var jobs = new JobQuestion(matcher, occupations, _questions);
        var assessment = new Assessment(occupations, new RiskFigures(occupations));
        var storyTime = new StoryTime(stories);
        var risk = new RiskLookup(matcher, occupations, assessment);
        _interview = new Interview(_questions, jobs, assessment, storyTime);
        _commands = new Commands(_questions, _interview, risk, storyTime, settings);
        _public = new PublicDesk(risk, storyTime, _commands);
    }

    public DialogueTurn Handle(Conversation? stored, IncomingMessage message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(message);
        var conversation = stored ?? new Conversation { Key = message.Key, StartedAt = now, LastActivity = now };
        if (!conversation.LanguageChosen && message.Locale is not null)
        {
            conversation = conversation with { Language = LanguageCodes.FromLocale(message.Locale) };
        }

        var turn = new Turn(_texts, message, conversation);
        var text = InputText.Clean(message.Text);
        var command = message.ChoicePayload is null ? BotCommand.Parse(text) : BotCommand.FromPayload(message.ChoicePayload);

        if (!message.IsDirect)
        {
            _public.Answer(turn, command, text);
            return new DialogueTurn(stored, turn.Replies);
        }

        Converse(turn, command, text, stored is null, now - conversation.LastActivity);
        if (turn.ForgetPerson)
        {
            return new DialogueTurn(null, turn.Replies) { ForgetPerson = true };
        }

        var updated = turn.Conversation with { LastActivity = now, Turns = turn.Conversation.Turns + 1 };
        return new DialogueTurn(updated, turn.Replies);
    }

    private void Converse(Turn turn, BotCommand? command, string text, bool isNew, TimeSpan idle)
    {
        var payload = turn.Message.ChoicePayload;
        if (Payloads.ValueAfter(payload, Payloads.Language) is { } code)
        {
            command = new BotCommand("language", code);
        }

        if (command is not null)
        {
            _commands.Handle(turn, command);
        }
        else if (isNew)
        {
            // A first message of any kind gets the hello; a job typed right away is taken as the answer.
            _questions.Ask(turn);
            if (payload is null && text.Length > 0 && text.Length <= _settings.MaxMessageLength && !Answers.IsYes(text))
            {
                _interview.TryJobRightAway(turn, text);
            }
        }
        else if (payload is null && text.Length == 0)
        {
            turn.SayKey(turn.Message.Text is null ? "nontext" : "empty");
        }
        else if (text.Length > _settings.MaxMessageLength)
        {
            turn.Say(turn.Format("toolong", _settings.MaxMessageLength));
        }
        else if (payload is null && SafetyTriage.Assess(text).Level >= Understanding.SafetyLevel.Distress)
        {
            Pause(turn);
        }
        else if (idle > _settings.IdleGreetingAfter && IsMidInterview(turn.Conversation.Step))
        {
            turn.Conversation = turn.Conversation with { ResumeStep = turn.Conversation.Step };
            turn.GoTo(DialogueStep.Welcome);
            _questions.Ask(turn);
        }
        else
        {
            _interview.Answer(turn, payload, text);
        }
    }

    private static void Pause(Turn turn)
    {
        if (turn.Conversation.Step is not (DialogueStep.Paused or DialogueStep.Welcome or DialogueStep.ConfirmForget))
        {
            turn.Conversation = turn.Conversation with { ResumeStep = turn.Conversation.Step };
        }

        turn.GoTo(DialogueStep.Paused);
        turn.SayKey("distress", Questions.PauseChoices(turn));
    }

    private static bool IsMidInterview(DialogueStep step) =>
        step is not (DialogueStep.Hello or DialogueStep.WrapUp or DialogueStep.Paused or DialogueStep.Welcome);
}
