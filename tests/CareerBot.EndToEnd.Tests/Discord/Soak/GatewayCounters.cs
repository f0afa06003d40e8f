namespace CareerBot.EndToEnd.Tests.Discord.Soak;

/// <summary>What the emulated gateway saw and did; written under its lock (heartbeats excepted: a rough count).</summary>
internal sealed class GatewayCounters
{
    public int Connections { get; set; }

    public int Identifies { get; set; }

    public int Resumes { get; set; }

    /// <summary>The sequence each RESUME asked to continue after, in order.</summary>
    public List<int> ResumeSequences { get; } = [];

    public int Heartbeats { get; set; }

    public int Dispatched { get; set; }

    /// <summary>Dispatches sent again on a RESUME because the bot had not seen them.</summary>
    public int Replayed { get; set; }

    /// <summary>Dispatches replayed although the bot had confirmed them (overlap fault): answering them again would be a duplicate.</summary>
    public int ReplayedAlreadySeen { get; set; }

    /// <summary>Dispatches of an old session the bot had not confirmed when a new session began (should stay 0).</summary>
    public int AbandonedBySessionChange { get; set; }

    public int InvalidSessionNotResumable { get; set; }
}
