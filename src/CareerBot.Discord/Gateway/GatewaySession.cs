namespace CareerBot.Discord.Gateway;

/// <summary>What is needed to resume: session id, resume URL and the last sequence number seen.</summary>
internal sealed class GatewaySession
{
    // -1 = no sequence yet; a long so the heartbeat task reads it atomically while the receive loop writes it.
    private long sequence = -1;

    public string? SessionId { get; private set; }

    public string? ResumeGatewayUrl { get; private set; }

    public int? Sequence => Interlocked.Read(ref sequence) is var s and >= 0 ? (int)s : null;

    public bool CanResume => SessionId is not null && ResumeGatewayUrl is not null;

    public void Start(string sessionId, string? resumeGatewayUrl)
    {
        SessionId = sessionId;
        ResumeGatewayUrl = resumeGatewayUrl;
    }

    public void Observe(int? seq)
    {
        if (seq is { } value)
        {
            Interlocked.Exchange(ref sequence, value);
        }
    }

    public void Reset()
    {
        SessionId = null;
        ResumeGatewayUrl = null;
        Interlocked.Exchange(ref sequence, -1);
    }
}
