using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Storage.LiteDb.Conversations;

namespace CareerBot.Storage.LiteDb.Tests.Conversations;

public sealed class LiteDbConversationStoreForgetTests : IDisposable
{
    private const string ForgottenId = "forget-me-7f3a9c";
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task ForgetAsync_Person_LeavesNoTraceInDataOrLogFile()
    {
        var sut = CreateSut();
        var forgotten = new ConversationKey(Platform.Telegram, ForgottenId);
        var others = Enumerable.Range(0, 30).Select(i => new ConversationKey(Platform.Telegram, $"keep-me-{i:D2}-b81e")).ToList();
        var forgottenNotes = await WriteHistoryAsync(sut, forgotten);
        var othersLast = new List<Conversation>();
        foreach (var key in others)
        {
            await WriteHistoryAsync(sut, key);
            othersLast.Add((await sut.FindAsync(key, CancellationToken.None))!);
        }

        string[] secrets = [ForgottenId, .. forgottenNotes];
        _db.Database.Checkpoint();
        Assert.NotEmpty(ByteScan.Find(ByteScan.ReadShared(_db.Path), secrets)); // the scan does see stored text

        // As the turn processor does it: forget, then record the /forget event itself as handled.
        await sut.ForgetAsync(forgotten, CancellationToken.None);
        await sut.SaveTurnAsync(new StoredTurn(Platform.Telegram, "forget-confirmed", null, []), CancellationToken.None);

        Assert.Empty(ByteScan.Find(ByteScan.ReadShared(_db.Path), secrets));
        Assert.Empty(ByteScan.Find(ByteScan.ReadShared(_db.LogPath), secrets));
        Assert.Null(await sut.FindAsync(forgotten, CancellationToken.None));
        Assert.DoesNotContain(await sut.PendingAsync(Platform.Telegram, CancellationToken.None), e => e.Key == forgotten);
        foreach (var expected in othersLast)
        {
            ConversationAssert.Equal(expected, await sut.FindAsync(expected.Key, CancellationToken.None));
        }

        Assert.NotEmpty(ByteScan.Find(ByteScan.ReadShared(_db.Path), [others[0].UserId]));
    }

    [Fact]
    public async Task ForgetAsync_Person_KeepsHandledMarkersSoEventsAreNotRedone()
    {
        var sut = CreateSut();
        var conversation = Some.Conversation();
        await sut.SaveTurnAsync(Some.Turn(conversation, _db.Time.GetUtcNow(), messageId: "m1"), CancellationToken.None);

        await sut.ForgetAsync(conversation.Key, CancellationToken.None);

        Assert.True(await sut.IsHandledAsync(conversation.Key.Platform, "m1", CancellationToken.None));
    }

    [Fact]
    public async Task ForgetAsync_UnknownPerson_IsHarmless()
    {
        var sut = CreateSut();
        var kept = Some.Conversation();
        await sut.SaveTurnAsync(Some.Turn(kept, _db.Time.GetUtcNow()), CancellationToken.None);

        await sut.ForgetAsync(Some.Key(), CancellationToken.None);

        ConversationAssert.Equal(kept, await sut.FindAsync(kept.Key, CancellationToken.None));
    }

    /// <summary>
    /// Turns whose notes grow past a page (so the document moves and spans pages) and shrink again,
    /// with replies that quote the note, half of them delivered. Returns every note written.
    /// </summary>
    private async Task<IReadOnlyList<string>> WriteHistoryAsync(LiteDbConversationStore store, ConversationKey key)
    {
        int[] lengths = [30, 400, 3_000, 12_000, 700, 25];
        var notes = new List<string>();
        var conversation = Some.Conversation(key);
        for (var turn = 0; turn < lengths.Length; turn++)
        {
            var note = $"NOTE[{key.UserId}/{turn}] " + string.Concat(Enumerable.Repeat($"my boss {key.UserId} wants AI ", lengths[turn] / 20 + 1))[..lengths[turn]];
            notes.Add(note);
            conversation = conversation with { WorryNote = note, Turns = turn, Candidates = [.. Enumerable.Repeat(key.UserId, turn)] };
            var messageId = $"{key.UserId.GetHashCode(StringComparison.Ordinal):x}-{turn}";
            var reply = Some.Outbox(key, messageId, 0, _db.Time.GetUtcNow(), $"You said: {note}");
            await store.SaveTurnAsync(new StoredTurn(key.Platform, messageId, conversation, [reply]), CancellationToken.None);
            if (turn % 2 == 0)
            {
                await store.MarkDeliveredAsync(reply.Id, CancellationToken.None);
            }
        }

        return notes;
    }

    private LiteDbConversationStore CreateSut() => _db.CreateStore();
}
