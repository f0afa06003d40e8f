using CareerBot.Core.Texts;

namespace CareerBot.Discord.Delivery;

/// <summary>
/// The opaque <c>ReplyAddress</c> the adapter puts on an IncomingMessage and reads back from each OutboxEntry:
/// "c|channel", "r|channel|message", or "i|application|token|flags|channel|lang" (flags: e = ephemeral,
/// o = the deferred original is still to be filled,
/// p = private mode: the interview runs in ephemeral replies because the person's DMs are closed). Holds an interaction token (valid 15 min): never log it.
/// </summary>
internal sealed record ReplyAddress(
    ReplyKind Kind,
    string ChannelId,
    string? MessageId = null,
    string? ApplicationId = null,
    string? Token = null,
    bool Ephemeral = false,
    bool OriginalPending = false,
    Language Language = Language.English,
    bool PrivateMode = false)
{
    public static ReplyAddress Channel(string channelId) => new(ReplyKind.Channel, channelId);

    public static ReplyAddress Reply(string channelId, string messageId) => new(ReplyKind.ChannelReply, channelId, messageId);

    public static ReplyAddress Interaction(string applicationId, string token, string channelId, bool ephemeral, bool originalPending, Language language, bool privateMode = false) =>
        new(ReplyKind.Interaction, channelId, null, applicationId, token, ephemeral, originalPending, language, privateMode);

    public string Format() => Kind switch
    {
        ReplyKind.Channel => $"c|{ChannelId}",
        ReplyKind.ChannelReply => $"r|{ChannelId}|{MessageId}",
        _ => $"i|{ApplicationId}|{Token}|{(Ephemeral ? "e" : "")}{(OriginalPending ? "o" : "")}{(PrivateMode ? "p" : "")}|{ChannelId}|{Language.ToCode()}",
    };

    public static ReplyAddress? Parse(string? text)
    {
        var parts = (text ?? "").Split('|');
        return parts switch
        {
            ["c", var channel] when channel.Length > 0 => Channel(channel),
            ["r", var channel, var message] when channel.Length > 0 => Reply(channel, message),
            ["i", var app, var token, var flags, var channel, var lang] when app.Length > 0 && token.Length > 0 =>
                Interaction(app, token, channel, flags.Contains('e', StringComparison.Ordinal), flags.Contains('o', StringComparison.Ordinal), LanguageCodes.FromLocale(lang), flags.Contains('p', StringComparison.Ordinal)),
            _ => null,
        };
    }

    // The generated ToString would print the interaction token.
    public override string ToString() => $"ReplyAddress {{ Kind = {Kind}, ChannelId = {ChannelId} }}";
}
