using CareerBot.Discord.Entities;

namespace CareerBot.Discord.Rest;

/// <summary>Body of create/edit message, follow-up and interaction response data.</summary>
internal sealed record MessagePayload
{
    public const int Ephemeral = 1 << 6;

    public string? Content { get; init; }

    public IReadOnlyList<DiscordComponent>? Components { get; init; }

    public AllowedMentions? AllowedMentions { get; init; } = AllowedMentions.None;

    public int? Flags { get; init; }

    public MessageReference? MessageReference { get; init; }

    /// <summary>With <see cref="EnforceNonce"/>, Discord creates one message per nonce (channel messages only; see DeliveryNonce).</summary>
    public string? Nonce { get; init; }

    public bool? EnforceNonce { get; init; }

    // Modal response fields (callback type 9).
    public string? CustomId { get; init; }

    public string? Title { get; init; }
}
