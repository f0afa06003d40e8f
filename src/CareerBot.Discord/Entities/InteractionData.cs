namespace CareerBot.Discord.Entities;

/// <summary>The <c>data</c> of an interaction: command name and options, or the pressed button, or modal fields.</summary>
internal sealed record InteractionData
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public int? Type { get; init; }

    public IReadOnlyList<CommandOptionValue>? Options { get; init; }

    public string? CustomId { get; init; }

    public int? ComponentType { get; init; }

    public IReadOnlyList<DiscordComponent>? Components { get; init; }
}
