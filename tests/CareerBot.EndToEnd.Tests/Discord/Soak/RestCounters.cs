namespace CareerBot.EndToEnd.Tests.Discord.Soak;

/// <summary>What the emulated REST API saw; written under its lock.</summary>
internal sealed class RestCounters
{
    public int Requests { get; set; }

    /// <summary>Injected 429s by scope: a route's own bucket ("user"), a shared resource, the global limit.</summary>
    public int InjectedRoute { get; set; }

    public int InjectedShared { get; set; }

    public int InjectedGlobal { get; set; }

    /// <summary>429s the bot earned by sending into an empty bucket or past 50/s (its limiter should prevent these).</summary>
    public int Overran { get; set; }

    public int OverranGlobal { get; set; }
}
