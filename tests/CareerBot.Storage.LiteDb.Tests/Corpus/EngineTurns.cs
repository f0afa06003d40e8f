using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Core.Texts;

namespace CareerBot.Storage.LiteDb.Tests.Corpus;

/// <summary>A finished interview (a nurse, at the wrap-up) and a pressed button, for asking the real engine for answer cards.</summary>
internal static class EngineTurns
{
    public static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    public static Conversation AfterInterview(string locale, string user) => new()
    {
        Key = new ConversationKey(Platform.Telegram, user),
        Step = DialogueStep.WrapUp,
        Language = locale == "nl" ? Language.Dutch : Language.English,
        LanguageChosen = true,
        CurrentSoc = StartingState.Nurse,
        WorryLevel = 3,
        Goal = CareerGoal.NotSure,
        StartedAt = Now.AddHours(-1),
        LastActivity = Now.AddMinutes(-1),
        Turns = 8,
    };

    public static IncomingMessage Press(string locale, string user, string payload) => new()
    {
        Key = new ConversationKey(Platform.Telegram, user),
        MessageId = Guid.NewGuid().ToString("N"),
        ReplyAddress = user,
        IsDirect = true,
        ChoicePayload = payload,
        Locale = locale,
    };
}
