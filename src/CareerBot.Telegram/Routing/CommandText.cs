using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CareerBot.Telegram.Routing;

/// <summary>Reads a leading bot command ("/risk@CareerBot nurse") and says whether it is addressed to this bot.</summary>
internal static class CommandText
{
    /// <summary>The text with "@botname" removed when the command is for this bot; null when it is not a command or is for another bot.</summary>
    public static string? ForThisBot(string text, MessageEntity[]? entities, string botUsername)
    {
        var length = CommandLength(text, entities);
        if (length == 0)
        {
            return null;
        }

        var command = text[..length];
        var rest = text[length..];
        var at = command.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            return command + rest;
        }

        var target = command[(at + 1)..];
        return string.Equals(target, botUsername, StringComparison.OrdinalIgnoreCase) ? command[..at] + rest : null;
    }

    private static int CommandLength(string text, MessageEntity[]? entities)
    {
        if (entities is { Length: > 0 })
        {
            var first = entities[0];
            return first.Type == MessageEntityType.BotCommand && first.Offset == 0 && first.Length <= text.Length ? first.Length : 0;
        }

        // Old clients and some samples send commands without entities.
        if (!text.StartsWith('/') || text.Length < 2)
        {
            return 0;
        }

        var end = text.AsSpan().IndexOfAny(' ', '\n', '\t');
        return end < 0 ? text.Length : end;
    }
}
