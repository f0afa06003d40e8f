namespace CareerBot.Discord.Entities;

/// <summary>A message as received (MESSAGE_CREATE, the source message of a button press, REST results).</summary>
internal sealed record DiscordMessage
{
    public required string Id { get; init; }

    public required string ChannelId { get; init; }

    public string? GuildId { get; init; }

    public DiscordUser? Author { get; init; }

    public DiscordMember? Member { get; init; }

    public string? Content { get; init; }

    public IReadOnlyList<DiscordUser>? Mentions { get; init; }

    public IReadOnlyList<DiscordComponent>? Components { get; init; }

    public long? Flags { get; init; }

    public string? WebhookId { get; init; }
}
