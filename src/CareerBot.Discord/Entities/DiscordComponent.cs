namespace CareerBot.Discord.Entities;

/// <summary>A message component: action row (1), button (2) or text input (4).</summary>
internal sealed record DiscordComponent
{
    public int Type { get; init; }

    public int? Style { get; init; }

    public string? Label { get; init; }

    public string? CustomId { get; init; }

    public string? Url { get; init; }

    public bool? Disabled { get; init; }

    public string? Value { get; init; }

    public bool? Required { get; init; }

    public int? MaxLength { get; init; }

    public IReadOnlyList<DiscordComponent>? Components { get; init; }
}
