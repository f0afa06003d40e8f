using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace CareerBot.Storage.LiteDb.Conversations;

/// <summary>
/// Conversations, handled-event markers and the reply outbox in the process's one LiteDB file.
/// LiteDB is synchronous and fast, so each method does its work inline and returns a completed task.
/// LiteDB transactions belong to the calling thread: nothing is awaited between BeginTrans and Commit.
/// Writes and checkpoints hold the project's <see cref="LiteDbWriteGate"/> (crash safety); reads run freely alongside.
/// </summary>
internal sealed class LiteDbConversationStore(
    ConversationCollections collections,
    HandledMarkerPruner pruner,
    LogCheckpointer checkpointer,
    TimeProvider timeProvider,
    ILogger<LiteDbConversationStore> logger) : IConversationStore
{
    private long _outboxSequence = collections.LastOutboxSequence;

    public Task<TurnStart> LoadTurnAsync(ConversationKey key, string messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        cancellationToken.ThrowIfCancellationRequested();

        // One store call, two primary-key look-ups in the same file; no write and no transaction.
        if (collections.Handled.FindById(HandledBson.Id(key.Platform, messageId)) is not null)
        {
            return Task.FromResult(new TurnStart(AlreadyHandled: true, Conversation: null));
        }

        var document = collections.Conversations.FindById(ConversationBson.Id(key));
        return Task.FromResult(document is null
            ? new TurnStart(AlreadyHandled: false, Conversation: null)
            : new TurnStart(AlreadyHandled: false, ConversationBson.FromDocument(key, document), ConversationBson.RevisionOf(document)));
    }

    public Task<TurnSaveResult> SaveTurnAsync(StoredTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        cancellationToken.ThrowIfCancellationRequested();

        // Map first: a record that cannot be stored fails before anything is written.
        var now = timeProvider.GetUtcNow();
        var conversation = turn.Conversation is null ? null : ConversationBson.ToDocument(turn.Conversation, revision: 0);
        var marker = HandledBson.ToDocument(turn.Platform, turn.MessageId, now);
        var outbox = turn.Outbox.Select(e => OutboxBson.ToDocument(e, Interlocked.Increment(ref _outboxSequence))).ToList();

        var result = TurnSaveResult.Saved;
        InTransaction(() =>
        {
            // Both checks read inside the write gate, so nothing can change between them and the writes.
            if (collections.Handled.FindById(marker["_id"]) is not null)
            {
                result = TurnSaveResult.AlreadyHandled;
                return;
            }

            if (conversation is not null)
            {
                var stored = collections.Conversations.FindById(conversation["_id"]);
                var revision = stored is null ? 0 : ConversationBson.RevisionOf(stored);
                if (turn.ExpectedVersion is { } expected && expected != revision)
                {
                    result = TurnSaveResult.Stale;
                    return;
                }

                conversation[ConversationBson.Revision] = revision + 1;
                collections.Conversations.Upsert(conversation);
            }

            collections.Handled.Insert(marker);
            if (outbox.Count > 0)
            {
                collections.Outbox.Insert(outbox);
            }
        }, turn);

        if (result == TurnSaveResult.Saved)
        {
            pruner.PruneIfDue(now);
            checkpointer.AfterTurn();
        }

        return Task.FromResult(result);
    }

    public Task ForgetAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var started = timeProvider.GetTimestamp();
        var outboxDeleted = 0;
        InTransaction(() =>
        {
            collections.Conversations.Delete(ConversationBson.Id(key));
            outboxDeleted = collections.Outbox.DeleteMany(OutboxBson.ConversationKey + " = @0", OutboxBson.KeyOf(key));
        }, turn: null);

        // LiteDB 5 zeroes a deleted document's bytes and index nodes in its page, but the page versions still
        // holding them live on in the -log file until a checkpoint copies the clean pages over and truncates it.
        using (collections.WriteGate.Enter())
        {
            collections.Database.Checkpoint();
        }

        var elapsedMs = (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
        Log.PersonForgotten(logger, outboxDeleted, elapsedMs);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<OutboxEntry>> PendingAsync(Platform platform, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<OutboxEntry> pending = [.. collections.Outbox
            .Find(BsonExpression.Create(OutboxBson.Platform + " = @0", platform.ToString())) // parameterised: LiteDB caches each expression text
            .OrderBy(d => d[OutboxBson.CreatedTicks].IsInt64 ? d[OutboxBson.CreatedTicks].AsInt64 : 0)
            .ThenBy(d => d[OutboxBson.Sequence].IsInt64 ? d[OutboxBson.Sequence].AsInt64 : 0)
            .Select(OutboxBson.FromDocument)];
        return Task.FromResult(pending);
    }

    public Task<IReadOnlyList<OutboxEntry>> PendingForAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<OutboxEntry> pending = [.. collections.Outbox
            .Find(BsonExpression.Create(OutboxBson.ConversationKey + " = @0", OutboxBson.KeyOf(key)))

            // Stored order, not creation time: a conversation's turns are stored one after another, but with a store
            // shared by processes the later turn may carry the earlier time (their clocks differ).
            .OrderBy(d => d[OutboxBson.Sequence].IsInt64 ? d[OutboxBson.Sequence].AsInt64 : 0)
            .ThenBy(d => d[OutboxBson.CreatedTicks].IsInt64 ? d[OutboxBson.CreatedTicks].AsInt64 : 0)
            .Select(OutboxBson.FromDocument)];
        return Task.FromResult(pending);
    }

    public Task MarkDeliveredAsync(IReadOnlyCollection<string> outboxEntryIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outboxEntryIds);
        cancellationToken.ThrowIfCancellationRequested();
        if (outboxEntryIds.Count == 0)
        {
            return Task.CompletedTask;
        }

        // A batch of confirmations is one transaction: one commit for however many replies settled meanwhile.
        InTransaction(() =>
        {
            foreach (var id in outboxEntryIds)
            {
                collections.Outbox.Delete(OutboxBson.Id(id));
            }
        }, turn: null);
        return Task.CompletedTask;
    }

    private void InTransaction(Action write, StoredTurn? turn)
    {
        using (collections.WriteGate.Enter())
        {
            InOpenTransaction(write, turn);
        }
    }

    private void InOpenTransaction(Action write, StoredTurn? turn)
    {
        var database = collections.Database;
        if (!database.BeginTrans())
        {
            throw new InvalidOperationException("A LiteDB transaction is already open on this thread.");
        }

        try
        {
            write();
            database.Commit();
        }
        catch (LiteException ex) when (ex.ErrorCode == LiteException.INDEX_DUPLICATE_KEY && turn is not null)
        {
            RollbackQuietly(database);
            Log.TurnConflict(logger, turn.Platform.ToString(), turn.MessageId);

            // LiteDB's message quotes the duplicate key; it is not passed on so no stored value reaches a log line.
            throw new InvalidOperationException(
                $"The turn for {turn.Platform} event {turn.MessageId} was not saved: the event was already handled or an outbox id repeats.");
        }
        catch
        {
            RollbackQuietly(database);
            throw;
        }
    }

    // LiteDB already rolls back a transaction whose own operation failed; this covers failures between operations.
    // A rollback that fails (engine closed after an I/O error) must not hide the original exception.
    private static void RollbackQuietly(ILiteDatabase database)
    {
        try
        {
            database.Rollback();
        }
        catch (LiteException)
        {
        }
    }
}
