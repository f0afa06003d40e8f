namespace CareerBot.Core.Messaging;

/// <summary>A chat platform adapter the host runs; one that is not configured (no bot token) does not count as running.</summary>
public sealed record ChatAdapter(Platform Platform, bool IsConfigured);
