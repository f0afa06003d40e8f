namespace CareerBot.Core.Messaging;

/// <summary>A button: what the person sees and the short payload that comes back when pressed (≤ 64 bytes, ASCII).</summary>
public sealed record Choice(string Label, string Payload);
