namespace CareerBot.Discord.Rest;

/// <summary>POST /users/@me/channels body.</summary>
internal sealed record CreateDmRequest(string RecipientId);
