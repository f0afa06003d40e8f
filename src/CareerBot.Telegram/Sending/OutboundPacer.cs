using Microsoft.Extensions.Options;

namespace CareerBot.Telegram.Sending;

/// <summary>Spaces messages out: about one per second per chat and a global cap per second; remembers 429 pauses.</summary>
internal sealed class OutboundPacer(TimeProvider timeProvider, IOptions<TelegramOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, DateTimeOffset> _nextPerChat = [];
    private readonly Dictionary<long, DateTimeOffset> _pausedUntil = [];
    private readonly TimeSpan _perChat = TimeSpan.FromMilliseconds(options.Value.PerChatIntervalMilliseconds);
    private readonly TimeSpan _global = TimeSpan.FromSeconds(1.0 / options.Value.GlobalMessagesPerSecond);
    private DateTimeOffset _nextGlobal = DateTimeOffset.MinValue;

    /// <summary>Waits until this chat may receive its next message, and books that slot.</summary>
    public async Task WaitTurnAsync(long chatId, CancellationToken cancellationToken)
    {
        TimeSpan delay;
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            var slot = Max(now, Max(_nextGlobal, _nextPerChat.GetValueOrDefault(chatId, now)));
            _nextGlobal = slot + _global;
            _nextPerChat[chatId] = slot + _perChat;
            delay = slot - now;
            if (_nextPerChat.Count > 10_000)
            {
                Prune(now);
            }
        }

        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, timeProvider, cancellationToken);
        }
    }

    /// <summary>Remembers a long 429 so the chat is skipped (not waited on) until it ends.</summary>
    public void Pause(long chatId, TimeSpan retryAfter)
    {
        lock (_gate)
        {
            _pausedUntil[chatId] = timeProvider.GetUtcNow() + retryAfter;
        }
    }

    public bool IsPaused(long chatId)
    {
        lock (_gate)
        {
            return _pausedUntil.TryGetValue(chatId, out var until) && until > timeProvider.GetUtcNow();
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
