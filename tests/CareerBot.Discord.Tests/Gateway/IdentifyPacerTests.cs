using CareerBot.Core.Messaging;
using CareerBot.Discord.Gateway;
using CareerBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Discord.Tests.Gateway;

public sealed class IdentifyPacerTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));
    private readonly CapturingLoggerProvider _logs = new();
    private readonly InMemoryLeaseStore _leases;

    public IdentifyPacerTests() => _leases = new InMemoryLeaseStore(_time);

    [Theory]
    [InlineData(0, 1, 0)]
    [InlineData(5, 1, 0)]
    [InlineData(5, 2, 1)]
    [InlineData(7, 4, 3)]
    [InlineData(3, 16, 3)]
    [InlineData(17, 16, 1)]
    [InlineData(4, 0, 0)]
    public void BucketOf_ShardAndMaxConcurrency_IsShardModuloMaxConcurrency(int shardId, int maxConcurrency, int expected)
    {
        var bucket = IdentifyPacer.BucketOf(shardId, maxConcurrency);

        Assert.Equal(expected, bucket);
    }

    [Fact]
    public void MaxConcurrency_ZeroOrLess_CountsAsOne()
    {
        var sut = CreateSut(shardId: 3);

        sut.MaxConcurrency = 0;

        Assert.Equal(1, sut.MaxConcurrency);
    }

    [Fact]
    public async Task WaitForTurnAsync_BucketFree_ReturnsAtOnceHoldingTheBucketForFiveSeconds()
    {
        var sut = CreateSut(shardId: 0);

        var turn = sut.WaitForTurnAsync(CancellationToken.None);

        Assert.True(turn.IsCompletedSuccessfully);
        var taken = Assert.Single(_leases.Taken);
        Assert.Equal("discord:identify:0", taken.Name);
        Assert.False(await _leases.TryAcquireAsync(taken.Name, "another process", TimeSpan.FromSeconds(5), CancellationToken.None));
        _time.Advance(IdentifyPacer.Window - TimeSpan.FromMilliseconds(1));
        Assert.False(await _leases.TryAcquireAsync(taken.Name, "another process", TimeSpan.FromSeconds(5), CancellationToken.None));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(await _leases.TryAcquireAsync(taken.Name, "another process", TimeSpan.FromSeconds(5), CancellationToken.None));
    }

    [Fact]
    public async Task WaitForTurnAsync_SameBucketTakenByAnotherShard_WaitsUntilItsFiveSecondsRanOutAndLogsOnce()
    {
        await CreateSut(shardId: 0).WaitForTurnAsync(CancellationToken.None);
        var sut = CreateSut(shardId: 1);
        var started = _time.GetUtcNow();

        await _time.AdvanceUntilAsync(sut.WaitForTurnAsync(CancellationToken.None), Step);

        Assert.InRange(_time.GetUtcNow() - started, IdentifyPacer.Window, IdentifyPacer.Window + IdentifyPacer.PollInterval + Step);
        Assert.Equal(["discord:identify:0", "discord:identify:0"], _leases.Taken.Select(t => t.Name));
        Assert.Single(_logs.Lines, l => l.StartsWith("Information 5025 Discord shard 1 waits to IDENTIFY: bucket 0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WaitForTurnAsync_OtherBucketWithMaxConcurrencyTwo_DoesNotWait()
    {
        var first = CreateSut(shardId: 0);
        first.MaxConcurrency = 2;
        await first.WaitForTurnAsync(CancellationToken.None);
        var sut = CreateSut(shardId: 1);
        sut.MaxConcurrency = 2;

        var turn = sut.WaitForTurnAsync(CancellationToken.None);

        Assert.True(turn.IsCompletedSuccessfully);
        Assert.Equal(["discord:identify:0", "discord:identify:1"], _leases.Taken.Select(t => t.Name));
        Assert.DoesNotContain(_logs.Lines, l => l.Contains(" 5025 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WaitForTurnAsync_SameShardAgain_WaitsFiveSecondsAfterItsOwnIdentify()
    {
        var sut = CreateSut(shardId: 0);
        await sut.WaitForTurnAsync(CancellationToken.None);
        var started = _time.GetUtcNow();

        await _time.AdvanceUntilAsync(sut.WaitForTurnAsync(CancellationToken.None), Step);

        Assert.InRange(_time.GetUtcNow() - started, IdentifyPacer.Window, IdentifyPacer.Window + IdentifyPacer.PollInterval + Step);
        Assert.Equal(2, _leases.Taken.Select(t => t.Owner).Distinct().Count());
    }

    [Fact]
    public async Task WaitForTurnAsync_CancelledWhileWaiting_Throws()
    {
        await CreateSut(shardId: 0).WaitForTurnAsync(CancellationToken.None);
        var sut = CreateSut(shardId: 1);
        using var cancellation = new CancellationTokenSource();
        var turn = sut.WaitForTurnAsync(cancellation.Token);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => turn);
        Assert.Single(_leases.Taken);
    }

    [Fact]
    public void WaitForTurnAsync_StoreDown_GoesAheadAndLogsAWarning()
    {
        _leases.Failure = new InvalidOperationException("store down");
        var sut = CreateSut(shardId: 0);

        var turn = sut.WaitForTurnAsync(CancellationToken.None);

        Assert.True(turn.IsCompletedSuccessfully);
        Assert.Single(_logs.Lines, l => l.StartsWith("Warning 5027", StringComparison.Ordinal));
    }

    private IdentifyPacer CreateSut(int shardId)
    {
        var options = Options.Create(new DiscordOptions { BotToken = "t", ShardId = shardId, ShardCount = 4 });
        var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
        return new IdentifyPacer(_leases, new ProcessIdentity(), options, _time, factory.CreateLogger<IdentifyPacer>());
    }
}
