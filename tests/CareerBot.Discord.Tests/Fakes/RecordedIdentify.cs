namespace CareerBot.Discord.Tests.Fakes;

/// <summary>An IDENTIFY the fake gateway received: the shard it asked for and when (by the server's clock).</summary>
public sealed record RecordedIdentify(int ShardId, int ShardCount, DateTimeOffset At);
