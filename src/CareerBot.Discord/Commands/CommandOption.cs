namespace CareerBot.Discord.Commands;

/// <summary>An option or sub-command of a slash command (type 1 sub-command, 3 string).</summary>
internal sealed record CommandOption
{
    public required int Type { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }

    public bool? Required { get; init; }

    public int? MaxLength { get; init; }

    public IReadOnlyList<CommandOption>? Options { get; init; }

    public IReadOnlyList<CommandChoice>? Choices { get; init; }

    /// <summary>Discord asks the bot for choices as the value is typed (interaction type 4); never with <see cref="Choices"/>.</summary>
    public bool? Autocomplete { get; init; }
}
