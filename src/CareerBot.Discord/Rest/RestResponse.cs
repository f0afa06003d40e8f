namespace CareerBot.Discord.Rest;

/// <summary>One attempt's answer, read fully so the retry pipeline can look at it; <see cref="RetryAfter"/> is set on 429.</summary>
internal sealed record RestResponse(int Status, string Body, TimeSpan? RetryAfter);
