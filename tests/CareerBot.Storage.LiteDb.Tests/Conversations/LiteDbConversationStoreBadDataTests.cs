using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Storage.LiteDb.Conversations;
using LiteDB;

namespace CareerBot.Storage.LiteDb.Tests.Conversations;

/// <summary>Odd text in, damaged documents on disk: nothing throws, everything that was valid comes back unchanged.</summary>
public sealed class LiteDbConversationStoreBadDataTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    public static TheoryData<string> BadNotes => new()
    {
        new string('x', 10_000),
        string.Concat(Enumerable.Repeat("😟🧑‍💻🏳️‍🌈", 500)),
        "<b>bold</b> *star* _under_ `code` [link](http://x) &amp; \" ' \\",
        "tab\tnewline\r\nnull\0bell\u0007escape\u001b[31mdel\u007f",
        "مرحبا שלום 你好 \u200f\u202e reversed",
        "",
        "   ",
    };

    [Theory]
    [MemberData(nameof(BadNotes))]
    public async Task SaveTurnAsync_BadText_RoundTripsInConversationAndOutbox(string text)
    {
        var sut = CreateSut();
        var key = new ConversationKey(Platform.Discord, text.Length == 0 ? "empty" : $"id {text}");
        var conversation = Some.Conversation(key, note: text) with { Candidates = [text], StoriesTold = [text, text] };
        var entry = Some.Outbox(key, "m1", 0, _db.Time.GetUtcNow(), text);

        await sut.SaveTurnAsync(new StoredTurn(Platform.Discord, text + "m1", conversation, [entry]), CancellationToken.None);

        ConversationAssert.Equal(conversation, await sut.FindAsync(key, CancellationToken.None));
        ConversationAssert.Equal(entry, Assert.Single(await sut.PendingAsync(Platform.Discord, CancellationToken.None)));
        Assert.True(await sut.IsHandledAsync(Platform.Discord, text + "m1", CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_DamagedDocument_ReadsDefaultsInsteadOfThrowing()
    {
        var sut = CreateSut();
        var key = Some.Key();
        _db.Database.GetCollection(ConversationCollections.ConversationsName).Insert(new BsonDocument
        {
            ["_id"] = key.ToString(),
            ["step"] = "NoSuchStep",
            ["turns"] = "seven",
            ["cands"] = new BsonArray(new BsonValue(1), new BsonValue("27-3043")),
            ["started"] = new BsonDocument { ["t"] = -5L, ["o"] = 60 },
        });

        var found = await sut.FindAsync(key, CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(key, found.Key);
        Assert.Equal(DialogueStep.Welcome, found.Step);
        Assert.Equal(0, found.Turns);
        Assert.Equal(["27-3043"], found.Candidates.ToArray());
        Assert.Equal(DateTimeOffset.UnixEpoch, found.StartedAt);
    }

    [Fact]
    public async Task PendingAsync_DamagedOutboxDocument_IsListedWithEmptyFields()
    {
        var sut = CreateSut();
        _db.Database.GetCollection(ConversationCollections.OutboxName).Insert(new BsonDocument { ["_id"] = "x", ["platform"] = "Telegram", ["choices"] = 3 });

        var entry = Assert.Single(await sut.PendingAsync(Platform.Telegram, CancellationToken.None));

        Assert.Equal(string.Empty, entry.Message.Text);
        Assert.Empty(entry.Message.Choices);
    }

    private LiteDbConversationStore CreateSut() => _db.CreateStore();
}
