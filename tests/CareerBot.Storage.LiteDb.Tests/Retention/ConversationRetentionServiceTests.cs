using CareerBot.Core.Messaging;
using CareerBot.Storage.LiteDb.Retention;
using CareerBot.Storage.LiteDb.Tests.Conversations;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerBot.Storage.LiteDb.Tests.Retention;

public sealed class ConversationRetentionServiceTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task ExecuteAsync_IntervalPasses_SweepsAgainAndDeletesWhatBecameIdle()
    {
        _db.Options.RetentionSweepInterval = TimeSpan.FromHours(1);
        var store = _db.CreateStore();
        var now = _db.Time.GetUtcNow();
        var conversation = Some.Conversation(new ConversationKey(Platform.Telegram, "sweep-me")) with { LastActivity = now };
        await store.SaveTurnAsync(Some.Turn(conversation, now), CancellationToken.None);
        _db.Time.Advance(TimeSpan.FromDays(90) - TimeSpan.FromMinutes(30));
        using var sut = CreateSut();

        await sut.StartAsync(CancellationToken.None);
        var sweptAtStart = await WaitUntilAsync(() => sut.CompletedSweeps == 1);
        _db.Time.Advance(TimeSpan.FromMinutes(59)); // idle 90 days and 29 minutes, but the next sweep is not due yet
        var keptUntilDue = sut.CompletedSweeps == 1 && await store.FindAsync(conversation.Key, CancellationToken.None) is not null;
        _db.Time.Advance(TimeSpan.FromMinutes(1));
        var sweptAgain = await WaitUntilAsync(() => sut.CompletedSweeps == 2);
        var after = await store.FindAsync(conversation.Key, CancellationToken.None);
        await sut.StopAsync(CancellationToken.None);

        Assert.True(sweptAtStart);
        Assert.True(keptUntilDue);
        Assert.True(sweptAgain);
        Assert.Null(after);
    }

    [Fact]
    public async Task StopAsync_WhileWaiting_EndsWithoutAnotherSweep()
    {
        using var sut = CreateSut();
        await sut.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => sut.CompletedSweeps == 1);

        await sut.StopAsync(CancellationToken.None);

        Assert.Equal(1, sut.CompletedSweeps);
        Assert.True(sut.ExecuteTask?.IsCompletedSuccessfully);
    }

    // Waits in real time for the service's thread-pool work; the bot's own clock is the fake one.
    private static async Task<bool> WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 1000 && !condition(); i++)
        {
            await Task.Delay(5);
        }

        return condition();
    }

    private ConversationRetentionService CreateSut()
    {
        var options = Microsoft.Extensions.Options.Options.Create(_db.Options);
        var sweeper = new IdleConversationSweeper(_db.CreateCollections(), options, _db.Time, NullLogger<IdleConversationSweeper>.Instance);
        return new ConversationRetentionService(sweeper, options, _db.Time, NullLogger<ConversationRetentionService>.Instance);
    }
}
