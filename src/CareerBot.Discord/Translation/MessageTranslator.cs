using System.Text.RegularExpressions;
using CareerBot.Core.Conversations.Commands;
using CareerBot.Core.Messaging;
using CareerBot.Discord.Delivery;
using CareerBot.Discord.Entities;

namespace CareerBot.Discord.Translation;

/// <summary>
/// MESSAGE_CREATE → IncomingMessage. DMs carry the interview as they are. In a server the bot only answers when
/// mentioned: the mention is removed and the rest becomes a risk look-up ("@CareerBot is copywriting at risk?" →
/// "/risk is copywriting at risk?"), a command written after the mention stays a command, and a bare mention is "/help".
/// Messages from bots and webhooks (the bot's own included) are ignored.
/// </summary>
internal static partial class MessageTranslator
{
    public static IncomingMessage? Translate(DiscordMessage message, string? botUserId)
    {
        if (message.Author is not { } author || author.Bot == true || message.WebhookId is not null || author.Id == botUserId)
        {
            return null;
        }

        var key = new ConversationKey(Platform.Discord, author.Id);
        if (message.GuildId is null)
        {
            return new IncomingMessage
            {
                Key = key,
                MessageId = message.Id,
                ReplyAddress = ReplyAddress.Channel(message.ChannelId).Format(),
                IsDirect = true,
                Text = message.Content ?? "",
                CanOpenPrivateChat = true,
            };
        }

        if (botUserId is null || !Mentions(message, botUserId))
        {
            return null;
        }

        var rest = MentionPattern().Replace(message.Content ?? "", match => match.Groups["id"].Value == botUserId ? " " : match.Value).Trim();
        return new IncomingMessage
        {
            Key = key,
            MessageId = message.Id,
            ReplyAddress = ReplyAddress.Reply(message.ChannelId, message.Id).Format(),
            IsDirect = false,
            Text = rest.Length == 0 ? CommandCatalog.Help.AsTyped() : rest.StartsWith('/') ? rest : CommandCatalog.Risk.AsTyped(rest),
            ChannelId = message.ChannelId,
            Community = message.GuildId,
            CanOpenPrivateChat = true, // Discord opens a DM by user id: "/career" here starts the interview there at once
        };
    }

    private static bool Mentions(DiscordMessage message, string botUserId) =>
        message.Mentions?.Any(u => u?.Id == botUserId) == true // a null item only comes in a malformed payload
        || (message.Content ?? "").Contains($"<@{botUserId}>", StringComparison.Ordinal)
        || (message.Content ?? "").Contains($"<@!{botUserId}>", StringComparison.Ordinal);

    [GeneratedRegex(@"<@!?(?<id>\d+)>")]
    private static partial Regex MentionPattern();
}
