namespace CareerBot.Discord;

/// <summary>
/// At most <c>limit</c> acquisitions per sliding <c>window</c>: the gateway's 120 sends per 60 s (heartbeats included)
/// and REST's global 50 requests per second, kept at 45: Discord counts requests as they arrive, and requests taken
/// evenly here can arrive bunched (connection pool, a busy machine); at exactly 50 the full Discord soak drew about
/// 1,400 global 429s on 11,600 requests, and Discord bans clients that collect too many.
/// </summary>
internal sealed class SlidingWindowBudget(TimeProvider time, int limit, TimeSpan window)
{
    private readonly Queue<DateTimeOffset> _taken = new();
    private readonly Lock _gate = new();

    public static SlidingWindowBudget ForGateway(TimeProvider time) => new(time, 120, TimeSpan.FromSeconds(60));

    public static SlidingWindowBudget ForRestGlobal(TimeProvider time) => new(time, 45, TimeSpan.FromSeconds(1));

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = time.GetUtcNow();
                while (_taken.Count > 0 && now - _taken.Peek() >= window)
                {
                    _taken.Dequeue();
                }

                if (_taken.Count < limit)
                {
                    _taken.Enqueue(now);
                    return;
                }

                wait = _taken.Peek() + window - now;
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
