using System.Text.Json.Serialization;
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

    /// <summary>
    /// Files uploaded with the message; the REST client then sends multipart/form-data (this payload as "payload_json",
    /// each file as "files[n]") instead of JSON.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<FileUpload>? Files { get; init; }

    /// <summary>The upload's metadata, always made from <see cref="Files"/>, so the two can never disagree.</summary>
    public IReadOnlyList<AttachmentMetadata>? Attachments =>
        Files is { Count: > 0 } files ? [.. files.Select((file, n) => new AttachmentMetadata(n, file.FileName, file.Description))] : null;

    // Modal response fields (callback type 9).
    public string? CustomId { get; init; }

    public string? Title { get; init; }
}
