using System.Globalization;

namespace CareerBot.EndToEnd.Tests.Discord.Soak;

/// <summary>The gateway events a simulated person causes: a DM to the bot, or a slash command in the server.</summary>
internal static class SoakEvents
{
    public const string GuildId = "290926798626357999";
    public const string ChannelId = "645027906669510667";
    private const string TokenPrefix = "soak-token-";
    private static long _nextId = 1_310_000_000_000_000_000;

    /// <summary>What each person says, turn by turn (repeated when a run has more turns than this).</summary>
    public static readonly SoakTurn[] Script =
    [
        SoakTurn.Dm("hi"),
        SoakTurn.Dm("nurse"),
        SoakTurn.Slash("risk", "teacher"),
        SoakTurn.Dm("/help"),
        SoakTurn.Dm("software developer"),
        SoakTurn.Slash("stories", null),
        SoakTurn.Dm("/privacy"),
        SoakTurn.Dm("electrician"),
        SoakTurn.Slash("risk", "nurse"),
        SoakTurn.Dm("2"),
    ];

    public static string UserId(int person) => (7_100_000_000_000_000L + person).ToString(CultureInfo.InvariantCulture);

    public static string Token(string userId, int turn) => $"{TokenPrefix}{userId}-{turn}";

    public static string? UserOfToken(string token) =>
        token.StartsWith(TokenPrefix, StringComparison.Ordinal) ? token[TokenPrefix.Length..].Split('-')[0] : null;

    /// <summary>The dispatch type and data for one turn of one person.</summary>
    public static (string Type, object Data) For(string userId, int turn)
    {
        var step = Script[turn % Script.Length];
        var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        var user = new { id = userId, username = "person" };
        if (step.Command is null)
        {
            return ("MESSAGE_CREATE", new { id, channel_id = "dm-" + userId, content = step.Text, author = user, mentions = Array.Empty<object>(), type = 0 });
        }

        object[] options = step.Text is null ? [] : [new { name = "job", type = 3, value = step.Text }];
        return ("INTERACTION_CREATE", new
        {
            id,
            application_id = DiscordSoakTests.BotId,
            type = 2,
            token = Token(userId, turn),
            version = 1,
            guild_id = GuildId,
            channel_id = ChannelId,
            locale = "en-US",
            member = new { user, permissions = "0", roles = Array.Empty<string>() },
            data = new { id = "1300000000000000006", name = step.Command, type = 1, options },
        });
    }
}
