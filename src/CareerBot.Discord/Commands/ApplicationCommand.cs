namespace CareerBot.Discord.Commands;

/// <summary>A slash command definition as sent to the bulk-overwrite endpoint.</summary>
internal sealed record ApplicationCommand
{
    public required string Name { get; init; }

    public required string Description { get; init; }

    public int Type { get; init; } = 1;

    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }

    public IReadOnlyList<CommandOption>? Options { get; init; }

    /// <summary>Permission bits as a decimal string; "32" = Manage Server.</summary>
    public string? DefaultMemberPermissions { get; init; }

    /// <summary>Installations the command comes with: 0 = added to a server, 1 = installed by a person (user install).</summary>
    public IReadOnlyList<int>? IntegrationTypes { get; init; }

    /// <summary>Where it can be used: 0 = server, 1 = DM with the bot, 2 = group DMs and other DMs (user install only).</summary>
    public IReadOnlyList<int>? Contexts { get; init; }
}
