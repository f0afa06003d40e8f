using System.Collections.Concurrent;
using CareerBot.Core.Communities;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;

namespace CareerBot.Core.Tests.Support;

/// <summary>An in-memory store that also notices overlapping turns of one conversation.</summary>
internal sealed class InMemoryConversationStore : IConversationStore, ICommunityInterviewStore
{
    private readonly ConcurrentDictionary<ConversationKey, Conversation> _conversations = new();
    private readonly ConcurrentDictionary<string, byte> _handled = new();
    private readonly ConcurrentDictionary<string, OutboxEntry> _outbox = new();
    private readonly ConcurrentDictionary<ConversationKey, int> _inside = new();
    private readonly ConcurrentDictionary<ConversationKey, long> _versions = new();

    public List<string> Log { get; } = [];

    public int Overlaps { get; private set; }

    public int MaxConcurrentConversations { get; private set; }

    /// <summary>Runs at the start of every save (a test's "other process" writing between a turn's read and its write).</summary>
    public Action<StoredTurn>? BeforeSave { get; set; }

    /// <summary>Delay inside <see cref="LoadTurnAsync"/>, to widen race windows.</summary>
    public TimeSpan FindDelay { get; set; }

    public async Task<TurnStart> LoadTurnAsync(ConversationKey key, string messageId, CancellationToken cancellationToken)
    {
        if (_handled.ContainsKey($"{key.Platform}:{messageId}"))
        {
            return new TurnStart(true, null);
        }

        if (_inside.AddOrUpdate(key, 1, (_, n) => n + 1) > 1)
        {
            Overlaps++;
        }

        lock (Log)
        {
            MaxConcurrentConversations = Math.Max(MaxConcurrentConversations, _inside.Count(p => p.Value > 0));
        }

        if (FindDelay > TimeSpan.Zero)
        {
            await Task.Delay(FindDelay, cancellationToken);
        }

        return new TurnStart(false, _conversations.GetValueOrDefault(key), _versions.GetValueOrDefault(key));
    }

    public Task<TurnSaveResult> SaveTurnAsync(StoredTurn turn, CancellationToken cancellationToken)
    {
        BeforeSave?.Invoke(turn);
        lock (Log)
        {
            if (_handled.ContainsKey($"{turn.Platform}:{turn.MessageId}"))
            {
                return Task.FromResult(TurnSaveResult.AlreadyHandled);
            }

            if (turn.Conversation is { } changed && turn.ExpectedVersion is { } expected && _versions.GetValueOrDefault(changed.Key) != expected)
            {
                Log.Add($"stale {turn.MessageId}");
                return Task.FromResult(TurnSaveResult.Stale);
            }

            Log.Add($"save {turn.MessageId}");
        }

        if (turn.Conversation is { } conversation)
        {
            _conversations[conversation.Key] = conversation;
            _versions.AddOrUpdate(conversation.Key, 1, (_, v) => v + 1);
        }

        foreach (var key in turn.Outbox.Select(e => (ConversationKey?)e.Key).Concat([turn.Conversation?.Key]).OfType<ConversationKey>().Distinct())
        {
            _inside.AddOrUpdate(key, 0, (_, n) => n - 1);
        }

        _handled[$"{turn.Platform}:{turn.MessageId}"] = 0;
        foreach (var entry in turn.Outbox)
        {
            _outbox[entry.Id] = entry;
        }

        return Task.FromResult(TurnSaveResult.Saved);
    }

    public Task<IReadOnlyList<CommunityInterview>> ListAsync(CommunityKey community, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        IReadOnlyList<CommunityInterview> found = [.. _conversations.Values
            .Where(c => c.Key.Platform == community.Platform && c.Community == community.Id && c.CommunitySince >= since && c.CommunitySince < until)
            .Select(c => new CommunityInterview(c.WorryLevel, CommunityInterview.MajorGroupOf(c.CurrentSoc), c.Goal))];
        return Task.FromResult(found);
    }

    public Task ForgetAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        _conversations.TryRemove(key, out _);
        _versions.TryRemove(key, out _);
        _inside.TryRemove(key, out _);
        foreach (var entry in _outbox.Values.Where(e => e.Key == key))
        {
            _outbox.TryRemove(entry.Id, out _);
        }

        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<OutboxEntry>> PendingForAsync(ConversationKey key, CancellationToken cancellationToken) =>
        [.. (await PendingAsync(key.Platform, cancellationToken)).Where(e => e.Key == key)];

    public Task<IReadOnlyList<OutboxEntry>> PendingAsync(Platform platform, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OutboxEntry>>([.. _outbox.Values.Where(e => e.Key.Platform == platform).OrderBy(e => e.CreatedAt).ThenBy(e => e.Id, StringComparer.Ordinal)]);

    public Task MarkDeliveredAsync(IReadOnlyCollection<string> outboxEntryIds, CancellationToken cancellationToken)
    {
        lock (Log)
        {
            Log.Add($"delivered {outboxEntryIds.Count}");
        }

        foreach (var id in outboxEntryIds)
        {
            _outbox.TryRemove(id, out _);
        }

        return Task.CompletedTask;
    }

    public Conversation? Get(ConversationKey key) => _conversations.GetValueOrDefault(key);

    public long VersionOf(ConversationKey key) => _versions.GetValueOrDefault(key);

    /// <summary>What another process's saved turn does to this conversation's version.</summary>
    public void Bump(ConversationKey key) => _versions.AddOrUpdate(key, 1, (_, v) => v + 1);

    public IReadOnlyList<OutboxEntry> Outbox => [.. _outbox.Values.OrderBy(e => e.Id, StringComparer.Ordinal)];
}
