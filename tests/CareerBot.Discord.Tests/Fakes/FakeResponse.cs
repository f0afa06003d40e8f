namespace CareerBot.Discord.Tests.Fakes;

/// <summary>What the fake REST API answers.</summary>
public sealed record FakeResponse(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>Network and server time before the answer leaves (the request has already taken effect).</summary>
    public TimeSpan Latency { get; init; }

    public static FakeResponse Json(string body) => new(200, body);

    public static FakeResponse NoContent() => new(204, "");
}
