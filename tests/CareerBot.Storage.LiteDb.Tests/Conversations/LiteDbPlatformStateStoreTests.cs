using CareerBot.Storage.LiteDb.Conversations;

namespace CareerBot.Storage.LiteDb.Tests.Conversations;

public sealed class LiteDbPlatformStateStoreTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task GetAsync_UnknownKey_ReturnsNull()
    {
        var sut = CreateSut();

        Assert.Null(await sut.GetAsync("telegram:offset", CancellationToken.None));
    }

    [Fact]
    public async Task SetAsync_ThenOverwrite_GetReturnsLatest()
    {
        var sut = CreateSut();

        await sut.SetAsync("telegram:offset", "100", CancellationToken.None);
        await sut.SetAsync("telegram:offset", "101", CancellationToken.None);

        Assert.Equal("101", await sut.GetAsync("telegram:offset", CancellationToken.None));
    }

    [Fact]
    public async Task SetAsync_Null_RemovesKey()
    {
        var sut = CreateSut();
        await sut.SetAsync("blocked:42", "true", CancellationToken.None);

        await sut.SetAsync("blocked:42", null, CancellationToken.None);

        Assert.Null(await sut.GetAsync("blocked:42", CancellationToken.None));
    }

    [Fact]
    public async Task SetAsync_HugeKeyAndOddValue_RoundTripsAfterReopen()
    {
        var key = "commands:" + new string('k', 5_000);
        var value = "{\"emoji\":\"😟\",\"nul\":\"\0\",\"html\":\"<b>&</b>\"}" + new string('v', 20_000);
        await CreateSut().SetAsync(key, value, CancellationToken.None);

        _db.Reopen();
        var sut = CreateSut();

        Assert.Equal(value, await sut.GetAsync(key, CancellationToken.None));
        Assert.Null(await sut.GetAsync("commands:" + new string('k', 4_999), CancellationToken.None));
    }

    private LiteDbPlatformStateStore CreateSut() => new(new ConversationCollections(_db.Database, new LiteDbWriteGate()));
}
