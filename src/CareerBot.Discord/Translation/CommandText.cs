using CareerBot.Core.Conversations.Commands;
using CareerBot.Discord.Entities;

namespace CareerBot.Discord.Translation;

/// <summary>A slash command as the text command the dialogue understands: "/risk copywriter", "/weekly schedule monday 09:00 Europe/Amsterdam".</summary>
internal static class CommandText
{
    public static string From(InteractionData data)
    {
        var name = (data.Name ?? CommandNames.Help).ToLowerInvariant();
        var words = new List<string> { "/" + name };
        AddOptions(words, data.Options);
        return string.Join(' ', words.Where(w => w.Length > 0));
    }

    private static void AddOptions(List<string> words, IReadOnlyList<CommandOptionValue>? options)
    {
        // OfType drops null items, which Discord never sends but a malformed payload may.
        foreach (var option in (options ?? []).OfType<CommandOptionValue>())
        {
            // 1 = sub-command, 2 = sub-command group: their name is part of the command.
            if (option.Type is 1 or 2)
            {
                words.Add(option.Name);
                AddOptions(words, option.Options);
            }
            else
            {
                words.Add((option.ValueText ?? "").Trim());
            }
        }
    }
}
