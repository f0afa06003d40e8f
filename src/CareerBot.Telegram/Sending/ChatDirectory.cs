using System.Collections.Concurrent;
using System.Globalization;
using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;

namespace CareerBot.Telegram.Sending;

/// <summary>
/// Which chats blocked the bot and which groups moved to a new id (group → supergroup), durable in
/// <see cref="IPlatformStateStore"/> and remembered in memory: a chat's state is read once per process and written
/// only when it changes, so an ordinary message costs no state read or write at all after the chat's first.
/// </summary>
internal sealed class ChatDirectory(IPlatformStateStore store, IDiscussionStore? discussions = null)
{
    private const string Blocked = "telegram:blocked:";
    private const string Migrated = "telegram:migrated:";

    private readonly ConcurrentDictionary<long, ChatRecord> _chats = new();

    /// <summary>Follows migrations to the chat's current id.</summary>
    public async Task<long> ResolveAsync(long chatId, CancellationToken cancellationToken)
    {
        for (var hops = 0; hops < 3; hops++)
        {
            var record = await GetAsync(chatId, cancellationToken);
            if (record.MovedTo is not { } next || next == chatId)
            {
                break;
            }

            chatId = next;
        }

        return chatId;
    }

    public async Task<bool> IsBlockedAsync(long chatId, CancellationToken cancellationToken) =>
        (await GetAsync(chatId, cancellationToken)).IsBlocked;

    public async Task SetBlockedAsync(long chatId, bool blocked, CancellationToken cancellationToken)
    {
        var record = await GetAsync(chatId, cancellationToken);
        if (record.IsBlocked == blocked)
        {
            return;
        }

        await store.SetAsync(Blocked + Text(chatId), blocked ? "1" : null, cancellationToken);
        _chats[chatId] = record with { IsBlocked = blocked };
    }

    public async Task SetMigratedAsync(long fromChatId, long toChatId, CancellationToken cancellationToken)
    {
        var record = await GetAsync(fromChatId, cancellationToken);
        if (record.MovedTo == toChatId)
        {
            return;
        }

        await store.SetAsync(Migrated + Text(fromChatId), Text(toChatId), cancellationToken);
        _chats[fromChatId] = record with { MovedTo = toChatId };

        // The weekly settings stay under the old id (posts follow the migration), but the pulse line must count the
        // supergroup: people who start from it now are recorded under its new id.
        if (discussions is not null
            && await discussions.FindAsync(new ChannelKey(Platform.Telegram, Text(fromChatId)), cancellationToken) is { } channel
            && channel.PulseCommunity == Text(fromChatId))
        {
            await discussions.SaveAsync(channel with { PulseCommunity = Text(toChatId) }, cancellationToken);
        }
    }

    private async ValueTask<ChatRecord> GetAsync(long chatId, CancellationToken cancellationToken)
    {
        if (_chats.TryGetValue(chatId, out var known))
        {
            return known;
        }

        var blocked = await store.GetAsync(Blocked + Text(chatId), cancellationToken) is not null;
        var moved = long.TryParse(await store.GetAsync(Migrated + Text(chatId), cancellationToken), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var to) ? to : (long?)null;
        return _chats.GetOrAdd(chatId, new ChatRecord(blocked, moved));
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record ChatRecord(bool IsBlocked, long? MovedTo);
}
