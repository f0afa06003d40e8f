namespace CareerBot.Discord.Gateway;

/// <summary>Exponential back-off with jitter between connection attempts; reset by a healthy session.</summary>
internal sealed class ReconnectBackoff(Random random)
{
    public static readonly TimeSpan Base = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);

    private int _failures;

    public TimeSpan Next(ConnectionOutcome outcome)
    {
        if (outcome.WasHealthy)
        {
            _failures = 0;
            if (outcome.Immediate)
            {
                return TimeSpan.Zero;
            }
        }

        var exponent = Math.Min(_failures, 6);
        _failures++;
        var ceiling = Math.Min(Cap.TotalMilliseconds, Base.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (random.NextDouble() / 2)));
    }
}
