namespace CareerBot.Telegram.Routing;

/// <summary>
/// A private deep-link start as the adapter hands it on: the text for the dialogue, the group it came from (its chat id)
/// or null, and what kind of link it was for the log (never the payload).
/// </summary>
internal sealed record DeepLinkStart(string Text, string? Community, string Kind);
