using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;

namespace CareerBot.Storage.Contract.Tests.Postgres;

/// <summary>Exactly-once across processes: two data sources (as two processes) race on the same event and on the same conversation.</summary>
public sealed class PostgresTurnRaceTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private const int Rounds = 40;
    private static readonly string[] Racers = ["a", "b"];
    private static readonly DateTimeOffset Now = new(2026, 2, 11, 9, 30, 0, TimeSpan.Zero);

    public Task InitializeAsync() => database.TruncateAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SaveTurnAsync_SameEventInTwoProcesses_OneSavedOneAlreadyHandledRepliesOnce()
    {
        await using var sut = new TwoProcesses(database);
        var results = new List<TurnSaveResult[]>();

        for (var round = 0; round < Rounds; round++)
        {
            var conversation = Some.Conversation();
            var turn = Some.Turn(conversation, Now, replies: 3, messageId: $"event-{round}") with { ExpectedVersion = round % 2 == 0 ? 0 : null };
            results.Add(await RaceAsync(sut.Conversations.Select(store => (Func<Task<TurnSaveResult>>)(() => store.SaveTurnAsync(turn, CancellationToken.None)))));

            var start = await sut.Conversations[0].LoadTurnAsync(conversation.Key, "next", CancellationToken.None);
            Assert.Equal(1, start.Version);
            Assert.Equal([$"event-{round}:0", $"event-{round}:1", $"event-{round}:2"], (await sut.Conversations[1].PendingForAsync(conversation.Key, CancellationToken.None)).Select(e => e.Id));
        }

        Assert.All(results, r => Assert.Equal([TurnSaveResult.Saved, TurnSaveResult.AlreadyHandled], r.Order()));
    }

    [Fact]
    public async Task SaveTurnAsync_TwoTurnsOfOneConversationInTwoProcesses_OneSavedOneStaleWithNothingWritten()
    {
        await using var sut = new TwoProcesses(database);

        for (var round = 0; round < Rounds; round++)
        {
            var conversation = Some.Conversation();
            await sut.Conversations[0].SaveTurnAsync(Some.Turn(conversation, Now, replies: 0, messageId: $"start-{round}") with { ExpectedVersion = 0 }, CancellationToken.None);
            var turns = Racers.Select((name, i) => Some.Turn(conversation with { Turns = 100 + i }, Now, replies: 2, messageId: $"{name}-{round}") with { ExpectedVersion = 1 }).ToArray();

            var results = await RaceAsync(turns.Select((turn, i) => (Func<Task<TurnSaveResult>>)(() => sut.Conversations[i].SaveTurnAsync(turn, CancellationToken.None))));

            Assert.Equal([TurnSaveResult.Saved, TurnSaveResult.Stale], results.Order());
            var winner = turns[Array.IndexOf(results, TurnSaveResult.Saved)];
            var loser = turns[Array.IndexOf(results, TurnSaveResult.Stale)];
            var start = await sut.Conversations[1].LoadTurnAsync(conversation.Key, loser.MessageId, CancellationToken.None);
            Assert.False(start.AlreadyHandled);
            Assert.Equal(2, start.Version);
            Assert.Equal(winner.Conversation!.Turns, start.Conversation?.Turns);
            Assert.Equal(winner.Outbox.Select(e => e.Id), (await sut.Conversations[0].PendingForAsync(conversation.Key, CancellationToken.None)).Select(e => e.Id));
        }
    }

    [Fact]
    public async Task SaveTurnAsync_NewConversationInTwoProcesses_OneSavedOneStale()
    {
        await using var sut = new TwoProcesses(database);

        for (var round = 0; round < Rounds; round++)
        {
            var conversation = Some.Conversation();
            var turns = Racers.Select(name => Some.Turn(conversation, Now, replies: 1, messageId: $"{name}-{round}") with { ExpectedVersion = 0 }).ToArray();

            var results = await RaceAsync(turns.Select((turn, i) => (Func<Task<TurnSaveResult>>)(() => sut.Conversations[i].SaveTurnAsync(turn, CancellationToken.None))));

            Assert.Equal([TurnSaveResult.Saved, TurnSaveResult.Stale], results.Order());
            Assert.Single(await sut.Conversations[0].PendingForAsync(conversation.Key, CancellationToken.None));
        }
    }

    // Both saves start together; each on its own thread-pool task.
    private static async Task<TurnSaveResult[]> RaceAsync(IEnumerable<Func<Task<TurnSaveResult>>> saves)
    {
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = saves.Select(save => Task.Run(async () =>
        {
            await go.Task;
            return await save();
        })).ToArray();
        go.SetResult();
        return await Task.WhenAll(tasks);
    }
}
