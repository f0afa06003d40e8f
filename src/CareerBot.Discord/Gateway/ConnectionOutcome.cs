namespace CareerBot.Discord.Gateway;

/// <summary>Why one gateway connection ended and what the client should do next.</summary>
/// <param name="Immediate">True when the server asked for the reconnect (op 7, op 9 true): no back-off needed after a healthy session.</param>
/// <param name="WasHealthy">True when READY or RESUMED arrived on this connection.</param>
internal sealed record ConnectionOutcome(ReconnectAction Action, string Reason, int? CloseCode = null, bool Immediate = false, bool WasHealthy = false);
