namespace CareerBot.Core.Conversations.Commands;

/// <summary>
/// A parameter of a command as a command picker offers it (Discord's options): "/risk job:", "/weekly schedule day: time:".
/// Typed, the values follow the name in the same order ("/weekly schedule friday 18:00").
/// </summary>
public sealed record CommandParameter
{
    public required ParameterKind Kind { get; init; }

    public required string Name { get; init; }

    public required string DutchName { get; init; }

    public required Bilingual Description { get; init; }

    /// <summary>Whether a text value must be given; sub-commands are chosen, never required.</summary>
    public bool Required { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>A sub-command's own parameters.</summary>
    public IReadOnlyList<CommandParameter> Parameters { get; init; } = [];

    public IReadOnlyList<ParameterChoice> Choices { get; init; } = [];

    /// <summary>Values a picker may suggest as the person types; never together with <see cref="Choices"/>.</summary>
    public ParameterSuggestions Suggestions { get; init; }
}
