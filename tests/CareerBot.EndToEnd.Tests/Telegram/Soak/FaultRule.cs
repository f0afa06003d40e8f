namespace CareerBot.EndToEnd.Tests.Telegram.Soak;

/// <summary>One probabilistic fault the emulator injects into the bot's calls (see harness.js /harness/fault-rules).</summary>
/// <param name="Method">Bot API method, or "*" for any.</param>
/// <param name="Kind">"429" (with retry_after), "500", "slow" (answer after MinMs..MaxMs), "drop" (socket destroyed before Telegram acts).</param>
internal sealed record FaultRule(string Method, string Kind, double Probability, int RetryAfterSeconds = 1, int MinMs = 0, int MaxMs = 0);
