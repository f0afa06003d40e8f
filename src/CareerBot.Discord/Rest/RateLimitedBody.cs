namespace CareerBot.Discord.Rest;

/// <summary>The body of a 429: <c>retry_after</c> in seconds (float) and whether the limit is global.</summary>
internal sealed record RateLimitedBody(double? RetryAfter, bool? Global, string? Message);
