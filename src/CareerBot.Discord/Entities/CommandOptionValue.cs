using System.Text.Json;

namespace CareerBot.Discord.Entities;

/// <summary>An option as sent with a slash command or an autocomplete: a value (partial while typed), or nested options for a sub-command.</summary>
internal sealed record CommandOptionValue
{
    public required string Name { get; init; }

    public int Type { get; init; }

    public JsonElement? Value { get; init; }

    public IReadOnlyList<CommandOptionValue>? Options { get; init; }

    /// <summary>In an autocomplete interaction (type 4): the option being typed.</summary>
    public bool? Focused { get; init; }

    public string? ValueText => Value is { } v
        ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()
        : null;
}
