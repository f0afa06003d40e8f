namespace CareerBot.Discord.Gateway;

/// <summary>The partial application in READY; its id is needed for commands and interaction webhooks.</summary>
internal sealed record ReadyApplication(string Id);
