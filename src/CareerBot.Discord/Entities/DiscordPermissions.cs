using System.Globalization;

namespace CareerBot.Discord.Entities;

/// <summary>Permission bits the bot checks; values arrive as decimal strings wider than 32 bits.</summary>
internal static class DiscordPermissions
{
    public const ulong Administrator = 0x8;
    public const ulong ManageGuild = 0x20;

    public static bool CanModerate(string? permissions) =>
        ulong.TryParse(permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var bits)
        && (bits & (Administrator | ManageGuild)) != 0;
}
