namespace CareerBot.Storage.Contract.Tests.Postgres;

/// <summary>Leases across processes: two data sources (as two processes) see one holder.</summary>
public sealed class PostgresLeaseRaceTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    public Task InitializeAsync() => database.TruncateAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SpansProcesses_IsTrue()
    {
        await using var sut = new TwoProcesses(database);

        Assert.True(sut.Leases[0].SpansProcesses);
    }

    [Fact]
    public async Task TryAcquireAsync_ManyOwnersInTwoProcessesAtOnce_ExactlyOneHolds()
    {
        await using var sut = new TwoProcesses(database);

        for (var round = 0; round < 20; round++)
        {
            var name = $"outbox:Telegram:{round}";
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var attempts = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
            {
                await go.Task;
                return await sut.Leases[i % 2].TryAcquireAsync(name, $"owner-{i}", TimeSpan.FromMinutes(1), CancellationToken.None);
            })).ToArray();
            go.SetResult();

            Assert.Equal(1, (await Task.WhenAll(attempts)).Count(taken => taken));
        }
    }

    [Fact]
    public async Task ReleaseAsync_InOneProcess_TheOtherTakesIt()
    {
        await using var sut = new TwoProcesses(database);
        await sut.Leases[0].TryAcquireAsync("weekly:Discord:1", "process-a", TimeSpan.FromMinutes(1), CancellationToken.None);
        var refused = !await sut.Leases[1].TryAcquireAsync("weekly:Discord:1", "process-b", TimeSpan.FromMinutes(1), CancellationToken.None);

        await sut.Leases[0].ReleaseAsync("weekly:Discord:1", "process-a", CancellationToken.None);

        Assert.True(refused);
        Assert.True(await sut.Leases[1].TryAcquireAsync("weekly:Discord:1", "process-b", TimeSpan.FromMinutes(1), CancellationToken.None));
    }
}
