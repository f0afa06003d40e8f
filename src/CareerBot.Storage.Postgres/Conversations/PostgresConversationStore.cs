using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CareerBot.Storage.Postgres.Conversations;

/// <summary>
/// Conversations, handled-event markers and the reply outbox in PostgreSQL, shared by every process of the bot.
/// A turn's read is one statement and its save one transaction (see <see cref="TurnSql"/>), so an event is stored once
/// however many processes receive it, and a turn that read a conversation another process has since changed is Stale.
/// Handled times are this process's clock (they only bound the dedupe window); leases use the database's.
/// </summary>
internal sealed class PostgresConversationStore(StoreDatabase database, TimeProvider timeProvider, ILogger<PostgresConversationStore> logger) : IConversationStore
{
    private const string UniqueViolation = "23505";
    private const string OutboxPrimaryKey = "outbox_pkey";

    public async Task<TurnStart> LoadTurnAsync(ConversationKey key, string messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        await using var command = await database.CommandAsync(TurnSql.Load, cancellationToken);
        command.Parameters.Add(Parameter.Text(key.Platform.ToString()));
        command.Parameters.Add(Parameter.Text(StoreKey.For(messageId)));
        command.Parameters.Add(Parameter.Text(StoreKey.For(key.UserId)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        if (reader.GetBoolean(0))
        {
            return new TurnStart(AlreadyHandled: true, Conversation: null);
        }

        return reader.IsDBNull(1)
            ? new TurnStart(AlreadyHandled: false, Conversation: null)
            : new TurnStart(AlreadyHandled: false, ConversationJson.FromJson(key, reader.GetString(2)), reader.GetInt64(1));
    }

    public async Task<TurnSaveResult> SaveTurnAsync(StoredTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        cancellationToken.ThrowIfCancellationRequested();

        // Map first: a record that cannot be stored fails before anything is written.
        await using var command = new NpgsqlCommand(TurnSql.Save(turn.Conversation is not null, turn.ExpectedVersion));
        AddParameters(command, turn, timeProvider.GetUtcNow());

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        command.Connection = connection;
        command.Transaction = transaction;
        bool marked, written;
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            marked = reader.GetBoolean(0);
            written = reader.GetBoolean(1);
        }
        catch (PostgresException ex) when (ex.SqlState == UniqueViolation && ex.ConstraintName == OutboxPrimaryKey)
        {
            Log.TurnConflict(logger, turn.Platform.ToString(), turn.MessageId);

            // The server's detail quotes the key; it is not passed on so no stored value reaches a log line.
            throw new InvalidOperationException(
                $"The turn for {turn.Platform} event {turn.MessageId} was not saved: an outbox id repeats.");
        }

        if (!marked || !written)
        {
            await transaction.RollbackAsync(cancellationToken);
            return marked ? TurnSaveResult.Stale : TurnSaveResult.AlreadyHandled;
        }

        await transaction.CommitAsync(cancellationToken);
        return TurnSaveResult.Saved;
    }

    public async Task ForgetAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        await using var command = await database.CommandAsync(TurnSql.Forget, cancellationToken);
        command.Parameters.Add(Parameter.Text(key.Platform.ToString()));
        command.Parameters.Add(Parameter.Text(StoreKey.For(key.UserId)));
        var outboxDeleted = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
        var elapsedMs = (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
        Log.PersonForgotten(logger, outboxDeleted, elapsedMs);
    }

    public async Task<IReadOnlyList<OutboxEntry>> PendingAsync(Platform platform, CancellationToken cancellationToken)
    {
        await using var command = await database.CommandAsync(TurnSql.Pending, cancellationToken);
        command.Parameters.Add(Parameter.Text(platform.ToString()));
        return await ReadEntriesAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<OutboxEntry>> PendingForAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        await using var command = await database.CommandAsync(TurnSql.PendingFor, cancellationToken);
        command.Parameters.Add(Parameter.Text(key.Platform.ToString()));
        command.Parameters.Add(Parameter.Text(StoreKey.For(key.UserId)));
        return await ReadEntriesAsync(command, cancellationToken);
    }

    public async Task MarkDeliveredAsync(IReadOnlyCollection<string> outboxEntryIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outboxEntryIds);
        cancellationToken.ThrowIfCancellationRequested();
        if (outboxEntryIds.Count == 0)
        {
            return;
        }

        // A batch of confirmations is one statement, however many replies settled meanwhile.
        await using var command = await database.CommandAsync(TurnSql.Delivered, cancellationToken);
        command.Parameters.Add(Parameter.Texts(outboxEntryIds.Select(StoreKey.For)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameters(NpgsqlCommand command, StoredTurn turn, DateTimeOffset now)
    {
        var conversation = turn.Conversation;
        var outbox = turn.Outbox;
        command.Parameters.Add(Parameter.Text(turn.Platform.ToString()));
        command.Parameters.Add(Parameter.Text(StoreKey.For(turn.MessageId)));
        command.Parameters.Add(Parameter.Time(now));
        command.Parameters.Add(Parameter.Text(conversation?.Key.Platform.ToString()));
        command.Parameters.Add(Parameter.Text(conversation is null ? null : StoreKey.For(conversation.Key.UserId)));
        command.Parameters.Add(Parameter.Bigint(turn.ExpectedVersion));
        command.Parameters.Add(Parameter.Time(conversation?.LastActivity));
        command.Parameters.Add(Parameter.Jsonb(conversation is null ? null : ConversationJson.ToJson(conversation)));
        command.Parameters.Add(Parameter.Texts(outbox.Select(e => StoreKey.For(e.Id))));
        command.Parameters.Add(Parameter.Texts(outbox.Select(e => e.Key.Platform.ToString())));
        command.Parameters.Add(Parameter.Texts(outbox.Select(e => StoreKey.For(e.Key.UserId))));
        command.Parameters.Add(Parameter.Times(outbox.Select(e => e.CreatedAt)));
        command.Parameters.Add(Parameter.Jsonbs(outbox.Select(OutboxJson.ToJson)));
    }

    private static async Task<IReadOnlyList<OutboxEntry>> ReadEntriesAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var entries = new List<OutboxEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var platform = Enum.TryParse<Platform>(reader.GetString(0), out var parsed) ? parsed : Platform.Console;
            entries.Add(OutboxJson.FromJson(platform, reader.GetString(1)));
        }

        return entries;
    }
}
