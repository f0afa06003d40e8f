using Microsoft.Extensions.Options;

namespace CareerBot.Telegram.Sending;

/// <summary>Spaces messages out: about one per second per chat and a global cap per second; remembers 429 pauses per chat and for the bot.</summary>
internal sealed class OutboundPacer(TimeProvider timeProvider, IOptions<TelegramOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, DateTimeOffset> _nextPerChat = [];
    private readonly Dictionary<long, DateTimeOffset> _pausedUntil = [];
    private readonly TimeSpan _perChat = TimeSpan.FromMilliseconds(options.Value.PerChatIntervalMilliseconds);
    private readonly TimeSpan _global = TimeSpan.FromSeconds(1.0 / options.Value.GlobalMessagesPerSecond);
    private DateTimeOffset _nextGlobal = DateTimeOffset.MinValue;
    private const int ChatsForGlobalPause = 5;
    private readonly List<(long ChatId, DateTimeOffset At)> _recentTooMany = [];

    /// <summary>
    /// Waits until this chat may receive its next message, then books the next free global slot. The chat's own wait
    /// comes first and books nothing: a chat that must wait a second must not push every other chat's slot back with it
    /// (the soak measured 9 msg/s instead of 30 when it did).
    /// </summary>
    public async Task WaitTurnAsync(long chatId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (booked, delay) = TryBook(chatId);
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, timeProvider, cancellationToken);
            }

            if (booked)
            {
                return;
            }
        }
    }

    /// <summary>Books a global slot when the chat is free now (true, wait until the slot); otherwise says how long the chat is busy (false).</summary>
    private (bool Booked, TimeSpan Delay) TryBook(long chatId)
    {
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            var chatFree = _nextPerChat.GetValueOrDefault(chatId, now);
            if (chatFree > now)
            {
                // Whole milliseconds, rounded up: a timer may treat a sub-millisecond wait as none, and this would spin.
                return (false, TimeSpan.FromMilliseconds(Math.Ceiling((chatFree - now).TotalMilliseconds)));
            }

            var slot = Max(now, _nextGlobal);
            _nextGlobal = slot + _global;
            _nextPerChat[chatId] = slot + _perChat;
            if (_nextPerChat.Count > 10_000)
            {
                Prune(now);
            }

            return (true, slot - now);
        }
    }

    /// <summary>
    /// A 429 for this chat: the chat is skipped (not waited on) until retry_after ends. Telegram answers 429 per chat and
    /// for the bot as a whole; when several different chats hit one within a second, it is the bot's overall rate, so every
    /// chat's next slot waits for the retry_after too. (Two chats were too few: a 4 % fault rate met it every other second
    /// in the full soak and halved the bot's rate.)
    /// </summary>
    public void TooManyRequests(long chatId, TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            _pausedUntil[chatId] = now + retryAfter;
            _recentTooMany.RemoveAll(r => now - r.At >= TimeSpan.FromSeconds(1) || r.ChatId == chatId);
            _recentTooMany.Add((chatId, now));
            if (_recentTooMany.Count >= ChatsForGlobalPause)
            {
                _nextGlobal = Max(_nextGlobal, now + retryAfter);
                _recentTooMany.Clear();
            }

            if (_pausedUntil.Count > 10_000)
            {
                foreach (var chat in _pausedUntil.Where(p => p.Value < now).Select(p => p.Key).ToList())
                {
                    _pausedUntil.Remove(chat);
                }
            }
        }
    }

    /// <summary>How much longer the chat must wait after a 429, or null when it may send.</summary>
    public TimeSpan? PausedFor(long chatId)
    {
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            return _pausedUntil.TryGetValue(chatId, out var until) && until > now ? until - now : null;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var chat in _nextPerChat.Where(p => p.Value < now).Select(p => p.Key).ToList())
        {
            _nextPerChat.Remove(chat);
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
