namespace CareerBot.Discord.Delivery;

/// <summary>
/// What the private replies of one "continue privately" turn found, remembered for the turn's later replies and its
/// public invitation: the DM that took them, or that the person's DMs are closed (and whether the note saying so went out).
/// </summary>
internal sealed record PrivateTurn(string? DmChannelId = null, bool DmsClosed = false, bool NoteSent = false);
