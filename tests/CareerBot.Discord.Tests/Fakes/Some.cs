using CareerBot.Core.Messaging;
using CareerBot.Core.Pictures;
using CareerBot.Core.Texts;
using CareerBot.Discord.Delivery;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>Discord-shaped test data.</summary>
internal static class Some
{
    public const string BotId = "900000000000000001";
    public const string UserId = "53908232506183680";
    public const string DmChannel = "dm-" + UserId;
    public const string GuildId = "290926798626357999";
    public const string GuildChannel = "645027906669510667";

    private static long _next = 1_200_000_000_000_000_000;

    /// <summary>A small valid-looking PNG (the signature, then filler): what a renderer hands the adapter.</summary>
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Range(0, 700).Select(i => (byte)(i * 7))];

    public static RiskCardPicture Picture(string altText = "Registered Nurses: automation risk 0.9% (Frey & Osborne, 2013).") => new()
    {
        Title = "Registered Nurses",
        Jobs = ["Registered Nurses"],
        Scales = [new RiskCardScale { Label = "Automation risk", Source = "Frey & Osborne (2013)", Low = "low", High = "high", Values = [0.009], ValueTexts = ["0.9%"] }],
        Footer = "Estimates about tasks, not verdicts about people.",
        AltText = altText,
        FileName = "risk-card-29-1141.png",
    };

    public static string Id() => Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A stored reply as the turn processor makes it: reply <paramref name="index"/> of the turn answering <paramref name="turn"/>.</summary>
    public static OutboxEntry Reply(string address, OutgoingMessage message, string turn, int index = 0, bool firstAnswer = false) => new()
    {
        Id = $"Discord:{turn}:{index:D2}",
        Key = new ConversationKey(Platform.Discord, UserId),
        ReplyAddress = address,
        InReplyTo = turn,
        Message = message,
        CreatedAt = ScriptedTurnProcessor.Now,
        IsFirstAnswer = firstAnswer,
    };

    /// <summary>The address of a deferred slash command in the server (its original still to be filled).</summary>
    public static string SlashAddress(string token, bool ephemeral = false) =>
        ReplyAddress.Interaction(BotId, token, GuildChannel, ephemeral, originalPending: true, Language.English).Format();

    /// <summary>The address of a public reply to a mention in the server.</summary>
    public static string MentionAddress(string messageId) => ReplyAddress.Reply(GuildChannel, messageId).Format();

    public static object User(string id = UserId) => new { id, username = "Mason", discriminator = "1337", public_flags = 131141 };

    public static object DirectMessage(string content, string? id = null) =>
        new { id = id ?? Id(), channel_id = DmChannel, content, author = User(), mentions = Array.Empty<object>(), type = 0, tts = false };

    public static object GuildMessage(string content, bool mentionsBot) =>
        new { id = Id(), channel_id = GuildChannel, guild_id = GuildId, content, author = User(), member = new { roles = Array.Empty<string>() }, mentions = mentionsBot ? new[] { new { id = BotId, username = "CareerBot", bot = true } } : [], type = 0 };

    public static object SlashCommand(string name, string permissions = "0", string? locale = "en-US", object[]? options = null, bool inGuild = true) => inGuild
        ? new { id = Id(), application_id = BotId, type = 2, token = "tok-" + Id(), version = 1, guild_id = GuildId, channel_id = GuildChannel, locale, member = new { user = User(), permissions, roles = Array.Empty<string>() }, data = new { id = Id(), name, type = 1, options } }
        : new { id = Id(), application_id = BotId, type = 2, token = "tok-" + Id(), version = 1, channel_id = DmChannel, locale, user = User(), data = new { id = Id(), name, type = 1, options }, guild_id = (string?)null };

    public static object DmButtonPress(string customId, string messageId, params string[] buttons) => new
    {
        id = Id(),
        application_id = BotId,
        type = 3,
        token = "tok-" + Id(),
        version = 1,
        channel_id = DmChannel,
        locale = "nl",
        user = User(),
        data = new { custom_id = customId, component_type = 2 },
        message = new
        {
            id = messageId,
            channel_id = DmChannel,
            content = "Question?",
            flags = 0,
            components = new[] { new { type = 1, components = buttons.Select(b => new { type = 2, style = 1, label = b, custom_id = b }).ToArray() } },
        },
    };
}
