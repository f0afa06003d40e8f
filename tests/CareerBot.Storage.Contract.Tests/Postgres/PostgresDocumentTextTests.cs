using CareerBot.Core.Messaging;
using CareerBot.Storage.Contract.Tests.Harness;

namespace CareerBot.Storage.Contract.Tests.Postgres;

/// <summary>What PostgreSQL cannot hold (a NUL, a lone surrogate) in a document: stored as U+FFFD rather than failing the turn.</summary>
public sealed class PostgresDocumentTextTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private StoreHarness _store = null!;

    public async Task InitializeAsync() => _store = await PostgresHarness.StartAsync(database);

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task SaveTurnAsync_NulAndLoneSurrogateInText_SavedWithReplacementCharacters()
    {
        var sut = _store.Conversations;
        var now = _store.Time.GetUtcNow();
        var conversation = Some.Conversation(note: "before\0after \uD800 end");
        var reply = Some.Outbox(conversation.Key, "m", 0, now, text: "nul\0here");

        await sut.SaveTurnAsync(new(Platform.Telegram, "m", conversation, [reply]), CancellationToken.None);

        Assert.Equal("before\uFFFDafter \uFFFD end", (await sut.FindAsync(conversation.Key, CancellationToken.None))?.WorryNote);
        Assert.Equal("nul\uFFFDhere", Assert.Single(await sut.PendingAsync(Platform.Telegram, CancellationToken.None)).Message.Text);
    }
}
