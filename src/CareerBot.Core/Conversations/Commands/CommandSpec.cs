namespace CareerBot.Core.Conversations.Commands;

/// <summary>One command of the bot: its name, who it is for, and how menus and command pickers describe it in both languages.</summary>
public sealed record CommandSpec
{
    /// <summary>Lowercase, as platforms send it and the engine reads it: "risk".</summary>
    public required string Name { get; init; }

    public required CommandAudience Audience { get; init; }

    /// <summary>What the bot's own command menus say (Telegram's "/" list): short, in the bot's voice, with a typed example where it takes words.</summary>
    public required Bilingual Description { get; init; }

    /// <summary>What a group's menu says, where that differs from <see cref="Description"/>.</summary>
    public Bilingual? GroupDescription { get; init; }

    /// <summary>
    /// What a command picker shared by many bots says (Discord's slash commands), where that differs from <see cref="Description"/>:
    /// it names CareerBot, and <see cref="Parameters"/> take the place of a typed example.
    /// </summary>
    public Bilingual? PickerDescription { get; init; }

    /// <summary>The name a command picker shows to Dutch speakers; platforms still send <see cref="Name"/>.</summary>
    public string? DutchName { get; init; }

    /// <summary>Other words people type for it ("/taal", "/story"); the engine treats them as <see cref="Name"/>.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The person asks to talk privately: used in a channel, the platform may open the private chat at once.</summary>
    public bool OpensPrivateChat { get; init; }

    /// <summary>In a shared channel its answer is for the asker alone where the platform allows it (Discord's ephemeral replies).</summary>
    public bool Discreet { get; init; }

    /// <summary>What a command picker asks for after the name (sub-commands, values).</summary>
    public IReadOnlyList<CommandParameter> Parameters { get; init; } = [];

    /// <summary>The command as typed, the text the engine reads: "/risk nurse", "/help".</summary>
    public string AsTyped(string argument = "") => argument.Length == 0 ? "/" + Name : "/" + Name + " " + argument;

    public bool IsCalled(string name) =>
        string.Equals(name, Name, StringComparison.OrdinalIgnoreCase) || Aliases.Contains(name, StringComparer.OrdinalIgnoreCase);
}
