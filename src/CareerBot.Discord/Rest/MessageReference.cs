namespace CareerBot.Discord.Rest;

/// <summary>Makes a message a reply; it still posts when the original is gone.</summary>
internal sealed record MessageReference(string MessageId, bool FailIfNotExists = false);
