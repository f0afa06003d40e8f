using CareerBot.Core.Messaging;
using CareerBot.Telegram.Routing;
using CareerBot.Core.Texts;

namespace CareerBot.Telegram.Tests.Support;

/// <summary>Small builders for test data.</summary>
internal static class Some
{
    public static readonly BotIdentity Bot = new(999, "CareerTestBot");

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
}
