namespace CareerBot.Discord.Rest;

/// <summary>
/// A file sent with a message (multipart/form-data, part "files[n]"); <see cref="Description"/> becomes the
/// attachment's alt text. Never serialized into the JSON itself: see <see cref="MessagePayload.Attachments"/>.
/// </summary>
internal sealed record FileUpload(string FileName, string ContentType, byte[] Bytes, string? Description = null)
{
    /// <summary>Discord's limit on an attachment's description (alt text).</summary>
    public const int MaxDescription = 1024;
}
