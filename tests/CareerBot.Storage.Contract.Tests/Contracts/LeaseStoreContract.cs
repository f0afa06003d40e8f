using CareerBot.Core.Messaging;

namespace CareerBot.Storage.Contract.Tests.Contracts;

/// <summary>
/// What every <see cref="ILeaseStore"/> does. Leases that must run out are short (300 ms) and time is let pass well
/// beyond them; leases that must still run are long (a minute), so no test depends on being fast.
/// </summary>
public abstract class LeaseStoreContract : StoreContract
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task TryAcquireAsync_FreeLease_TakesIt()
    {
        var sut = Store.Leases;

        Assert.True(await sut.TryAcquireAsync("outbox:Telegram:1", "process-a", Long, CancellationToken.None));
    }

    [Fact]
    public async Task TryAcquireAsync_HeldByAnother_Refused()
    {
        var sut = Store.Leases;
        await sut.TryAcquireAsync("weekly:Discord:9", "process-a", Long, CancellationToken.None);

        Assert.False(await sut.TryAcquireAsync("weekly:Discord:9", "process-b", Long, CancellationToken.None));
        Assert.True(await sut.TryAcquireAsync("weekly:Discord:10", "process-b", Long, CancellationToken.None));
    }

    [Fact]
    public async Task TryAcquireAsync_HolderRenews_OutlivesTheFirstExpiry()
    {
        var sut = Store.Leases;
        await sut.TryAcquireAsync("lease", "process-a", Short, CancellationToken.None);

        var renewed = await sut.TryAcquireAsync("lease", "process-a", Long, CancellationToken.None);
        await Store.LetLeaseTimePassAsync(Short * 2);

        Assert.True(renewed);
        Assert.False(await sut.TryAcquireAsync("lease", "process-b", Long, CancellationToken.None));
    }

    [Fact]
    public async Task TryAcquireAsync_Expired_AnotherTakesItAndTheFormerHolderIsRefused()
    {
        var sut = Store.Leases;
        await sut.TryAcquireAsync("lease", "process-a", Short, CancellationToken.None);

        await Store.LetLeaseTimePassAsync(Short * 2);

        Assert.True(await sut.TryAcquireAsync("lease", "process-b", Long, CancellationToken.None));
        Assert.False(await sut.TryAcquireAsync("lease", "process-a", Long, CancellationToken.None));
    }

    [Fact]
    public async Task ReleaseAsync_ByHolder_FreesIt()
    {
        var sut = Store.Leases;
        await sut.TryAcquireAsync("lease", "process-a", Long, CancellationToken.None);

        await sut.ReleaseAsync("lease", "process-a", CancellationToken.None);

        Assert.True(await sut.TryAcquireAsync("lease", "process-b", Long, CancellationToken.None));
    }

    [Fact]
    public async Task ReleaseAsync_ByAnother_DoesNothing()
    {
        var sut = Store.Leases;
        await sut.TryAcquireAsync("lease", "process-a", Long, CancellationToken.None);

        await sut.ReleaseAsync("lease", "process-b", CancellationToken.None);
        await sut.ReleaseAsync("never-taken", "process-b", CancellationToken.None);

        Assert.False(await sut.TryAcquireAsync("lease", "process-b", Long, CancellationToken.None));
        Assert.True(await sut.TryAcquireAsync("lease", "process-a", Long, CancellationToken.None));
    }

    [Fact]
    public async Task TryAcquireAsync_HugeName_IsItsOwnLease()
    {
        var sut = Store.Leases;
        var name = "outbox:Discord:" + new string('n', 3_000);
        await sut.TryAcquireAsync(name, "process-a", Long, CancellationToken.None);

        Assert.False(await sut.TryAcquireAsync(name, "process-b", Long, CancellationToken.None));
        Assert.True(await sut.TryAcquireAsync(name[..^1], "process-b", Long, CancellationToken.None));
    }
}
