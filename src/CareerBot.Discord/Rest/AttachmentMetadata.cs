namespace CareerBot.Discord.Rest;

/// <summary>
/// One entry of a message's "attachments" array for a new upload: <see cref="Id"/> is the n of its "files[n]" part
/// (a placeholder Discord replaces by the attachment's snowflake), with its file name and alt text.
/// </summary>
internal sealed record AttachmentMetadata(int Id, string Filename, string? Description);
