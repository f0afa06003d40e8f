using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Storage.LiteDb.Conversations;

namespace CareerBot.Storage.LiteDb.Tests.Conversations;

public sealed class LiteDbConversationStoreTests : IDisposable
{
    private readonly TestDatabase db = new();

    public void Dispose() => db.Dispose();

    [Fact]
    public async Task FindAsync_UnknownKey_ReturnsNull()
    {
        var sut = CreateSut();

        var found = await sut.FindAsync(Some.Key(), CancellationToken.None);

        Assert.Null(found);
    }

    [Fact]
    public async Task SaveTurnAsync_EveryField_RoundTrips()
    {
        var sut = CreateSut();
        var conversation = Some.Conversation();

        await sut.SaveTurnAsync(Some.Turn(conversation, db.Time.GetUtcNow()), CancellationToken.None);
        var found = await sut.FindAsync(conversation.Key, CancellationToken.None);

        ConversationAssert.Equal(conversation, found);
    }

    [Fact]
    public async Task SaveTurnAsync_NullsDefaultsAndEmptyArrays_RoundTrip()
    {
        var sut = CreateSut();
        var conversation = new Conversation
        {
            Key = new ConversationKey(Platform.Console, "local"),
            StartedAt = db.Time.GetUtcNow(),
            LastActivity = db.Time.GetUtcNow(),
            Candidates = default,
        };

        await sut.SaveTurnAsync(Some.Turn(conversation, db.Time.GetUtcNow(), replies: 0), CancellationToken.None);
        var found = await sut.FindAsync(conversation.Key, CancellationToken.None);

        ConversationAssert.Equal(conversation with { Candidates = [] }, found);
    }

    [Fact]
    public async Task SaveTurnAsync_SecondTurn_ReplacesConversation()
    {
        var sut = CreateSut();
        var first = Some.Conversation();
        var second = first with { Step = Core.Conversations.DialogueStep.WrapUp, WorryNote = null, Turns = 18, StoriesTold = ["x"] };

        await sut.SaveTurnAsync(Some.Turn(first, db.Time.GetUtcNow()), CancellationToken.None);
        await sut.SaveTurnAsync(Some.Turn(second, db.Time.GetUtcNow()), CancellationToken.None);

        ConversationAssert.Equal(second, await sut.FindAsync(first.Key, CancellationToken.None));
    }

    [Fact]
    public async Task SaveTurnAsync_NullConversation_LeavesStoredConversationAlone()
    {
        var sut = CreateSut();
        var conversation = Some.Conversation();
        await sut.SaveTurnAsync(Some.Turn(conversation, db.Time.GetUtcNow()), CancellationToken.None);

        await sut.SaveTurnAsync(new StoredTurn(conversation.Key.Platform, "group-msg", null, []), CancellationToken.None);

        ConversationAssert.Equal(conversation, await sut.FindAsync(conversation.Key, CancellationToken.None));
        Assert.True(await sut.IsHandledAsync(conversation.Key.Platform, "group-msg", CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_AfterReopen_ReturnsStateFromBeforeDispose()
    {
        var conversations = Enumerable.Range(0, 20).Select(_ => Some.Conversation()).ToList();
        var sut = CreateSut();
        foreach (var conversation in conversations)
        {
            await sut.SaveTurnAsync(Some.Turn(conversation, db.Time.GetUtcNow(), messageId: $"m-{conversation.Key.UserId}"), CancellationToken.None);
        }

        db.Reopen();
        sut = CreateSut();

        foreach (var conversation in conversations)
        {
            ConversationAssert.Equal(conversation, await sut.FindAsync(conversation.Key, CancellationToken.None));
            Assert.True(await sut.IsHandledAsync(Platform.Telegram, $"m-{conversation.Key.UserId}", CancellationToken.None));
        }

        Assert.Equal(40, (await sut.PendingAsync(Platform.Telegram, CancellationToken.None)).Count);
    }

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
        var entry = Some.Outbox(key, "m1", 0, db.Time.GetUtcNow(), text);

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
        db.Database.GetCollection(ConversationCollections.ConversationsName).Insert(new LiteDB.BsonDocument
        {
            ["_id"] = key.ToString(),
            ["step"] = "NoSuchStep",
            ["turns"] = "seven",
            ["cands"] = new LiteDB.BsonArray(new LiteDB.BsonValue(1), new LiteDB.BsonValue("27-3043")),
            ["started"] = new LiteDB.BsonDocument { ["t"] = -5L, ["o"] = 60 },
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
        db.Database.GetCollection(ConversationCollections.OutboxName).Insert(new LiteDB.BsonDocument { ["_id"] = "x", ["platform"] = "Telegram", ["choices"] = 3 });

        var entry = Assert.Single(await sut.PendingAsync(Platform.Telegram, CancellationToken.None));

        Assert.Equal(string.Empty, entry.Message.Text);
        Assert.Empty(entry.Message.Choices);
    }

    [Fact]
    public async Task FindAsync_Cancelled_Throws()
    {
        var sut = CreateSut();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sut.FindAsync(Some.Key(), new CancellationToken(canceled: true)));
    }

    private LiteDbConversationStore CreateSut() => db.CreateStore();
}
