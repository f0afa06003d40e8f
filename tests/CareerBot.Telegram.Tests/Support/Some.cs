using CareerBot.Core.Messaging;
using CareerBot.Telegram.Routing;
using CareerBot.Core.Texts;
using CareerBot.Core.Pictures;

namespace CareerBot.Telegram.Tests.Support;

/// <summary>Small builders for test data.</summary>
internal static class Some
{
    public static readonly BotIdentity Bot = new(999, "CareerTestBot", GroupLinkKey.FromBotToken(FakeTelegramApi.Token));

    /// <summary>A small valid-looking PNG (the signature, then filler): what a renderer hands the adapter.</summary>
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Range(0, 600).Select(i => (byte)i)];

    public static RiskCardPicture Picture(string fileName = "risk-card-29-1141.png") => new()
    {
        Title = "Registered Nurses",
        Jobs = ["Registered Nurses"],
        Scales = [new RiskCardScale { Label = "Automation risk", Source = "Frey & Osborne (2013)", Low = "low", High = "high", Values = [0.009], ValueTexts = ["0.9%"] }],
        Footer = "Estimates about tasks, not verdicts about people.",
        AltText = "Registered Nurses: automation risk 0.9% (Frey & Osborne, 2013).",
        FileName = fileName,
    };

    public static OutboxEntry Entry(string id, string text, long chatId = 4242, IReadOnlyList<Choice>? choices = null, bool invite = false, int? thread = null) => new()
    {
        Id = id,
        Key = new ConversationKey(Platform.Telegram, "4242"),
        ReplyAddress = new ReplyAddress(chatId, thread, Language.English).Format(),
        InReplyTo = id.Split(':')[0],
        Message = new OutgoingMessage { Text = text, Choices = choices ?? [], InvitesPrivateChat = invite },
        CreatedAt = DateTimeOffset.UnixEpoch,
    };

    public static string PrivateText(int updateId, string text, long userId = 4242) =>
        $$$"""{"update_id":{{{updateId}}},"message":{"message_id":{{{updateId}}},"from":{"id":{{{userId}}},"is_bot":false,"first_name":"A"},"chat":{"id":{{{userId}}},"type":"private","first_name":"A"},"date":1764300000,"text":"{{{text}}}"}}""";

    public static OutboxEntry PictureEntry(string id, string text, IReadOnlyList<Choice>? choices = null, long chatId = 4242)
    {
        var entry = Entry(id, text, chatId, choices);
        return entry with { Message = entry.Message with { Picture = Picture() } };
    }
}
