using CareerBot.Core.Messaging;

namespace CareerBot.Storage.Contract.Tests.Contracts;

/// <summary>What every <see cref="IPlatformStateStore"/> does.</summary>
public abstract class PlatformStateStoreContract : StoreContract
{
    [Fact]
    public async Task GetAsync_UnknownKey_ReturnsNull()
    {
        var sut = Store.PlatformState;

        Assert.Null(await sut.GetAsync("telegram:offset", CancellationToken.None));
    }

    [Fact]
    public async Task SetAsync_ThenOverwrite_GetReturnsLatest()
    {
        var sut = Store.PlatformState;

        await sut.SetAsync("telegram:offset", "41", CancellationToken.None);
        await sut.SetAsync("telegram:offset", "42", CancellationToken.None);

        Assert.Equal("42", await sut.GetAsync("telegram:offset", CancellationToken.None));
    }

    [Fact]
    public async Task SetAsync_Null_RemovesKeyAndOnlyThatKey()
    {
        var sut = Store.PlatformState;
        await sut.SetAsync("a", "1", CancellationToken.None);
        await sut.SetAsync("b", "2", CancellationToken.None);

        await sut.SetAsync("a", null, CancellationToken.None);
        await sut.SetAsync("never-set", null, CancellationToken.None);

        Assert.Null(await sut.GetAsync("a", CancellationToken.None));
        Assert.Equal("2", await sut.GetAsync("b", CancellationToken.None));
    }

    [Fact]
    public async Task SetAsync_HugeKeyAndOddValue_RoundTripsAfterRestart()
    {
        var key = "commands:" + new string('k', 5_000);
        var value = "{\"emoji\":\"😟\",\"nul\":\"\0\",\"html\":\"<b>&</b>\"}" + new string('v', 20_000);
        await Store.PlatformState.SetAsync(key, value, CancellationToken.None);
        await Store.PlatformState.SetAsync("", "empty key", CancellationToken.None);

        await Store.RestartAsync();
        var sut = Store.PlatformState;

        Assert.Equal(value, await sut.GetAsync(key, CancellationToken.None));
        Assert.Null(await sut.GetAsync("commands:" + new string('k', 4_999), CancellationToken.None));
        Assert.Equal("empty key", await sut.GetAsync("", CancellationToken.None));
    }
}
