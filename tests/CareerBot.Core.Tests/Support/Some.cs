using CareerBot.Core.Messaging;

namespace CareerBot.Core.Tests.Support;

/// <summary>Arbitrary values for tests.</summary>
internal static class Some
{
    private static int _next;

    public static DateTimeOffset Now { get; } = new(2026, 2, 11, 9, 0, 0, TimeSpan.Zero);

    public static ConversationKey Key(string user = "42") => new(Platform.Console, user);

    public static string MessageId() => "m" + Interlocked.Increment(ref _next);

    public static IncomingMessage Text(string text, ConversationKey? key = null, string? locale = null, bool direct = true) => new()
    {
        Key = key ?? Key(),
        MessageId = MessageId(),
        ReplyAddress = "chat",
        IsDirect = direct,
        Text = text,
        Locale = locale,
    };

    public static IncomingMessage Press(string payload, ConversationKey? key = null) => new()
    {
        Key = key ?? Key(),
        MessageId = MessageId(),
        ReplyAddress = "chat",
        IsDirect = true,
        ChoicePayload = payload,
    };
}
