namespace CareerBot.Discord.Gateway;

/// <summary>What is needed to resume: session id, resume URL, the last sequence number seen and the one handled.</summary>
internal sealed class GatewaySession
{
    // -1 = no sequence yet; a long so the heartbeat task reads it atomically while the receive loop writes it.
    private long _sequence = -1;

    public string? SessionId { get; private set; }

    public string? ResumeGatewayUrl { get; private set; }

    /// <summary>The bot's user and application from READY, kept so a new process that resumes knows who it is.</summary>
    public string? UserId { get; private set; }

    public string? ApplicationId { get; private set; }

    public int? Sequence => Interlocked.Read(ref _sequence) is var s and >= 0 ? (int)s : null;

    /// <summary>Up to where the dispatches have been handled; what a restart may resume from.</summary>
    public HandledSequence Handled { get; } = new();

    public bool CanResume => SessionId is not null && ResumeGatewayUrl is not null;

    public void Start(ReadyData ready)
    {
        SessionId = ready.SessionId;
        ResumeGatewayUrl = ready.ResumeGatewayUrl;
        UserId = ready.User.Id;
        ApplicationId = ready.Application?.Id;
    }

    /// <summary>Takes over a session saved by an earlier process; resuming it replays what came after its sequence.</summary>
    public void Restore(SavedGatewaySession saved)
    {
        SessionId = saved.SessionId;
        ResumeGatewayUrl = saved.ResumeGatewayUrl;
        UserId = saved.UserId;
        ApplicationId = saved.ApplicationId;
        Interlocked.Exchange(ref _sequence, saved.Sequence ?? -1);
        Handled.Restore(saved.Sequence);
    }

    public void Observe(int? seq)
    {
        if (seq is { } value)
        {
            Interlocked.Exchange(ref _sequence, value);
        }
    }

    public void Reset()
    {
        SessionId = null;
        ResumeGatewayUrl = null;
        Interlocked.Exchange(ref _sequence, -1);
        Handled.Reset();
    }
}
