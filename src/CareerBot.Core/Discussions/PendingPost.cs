namespace CareerBot.Core.Discussions;

/// <summary>A post recorded before it is sent. <see cref="PostId"/> stays the same on every attempt (Discord uses it as the nonce).</summary>
public sealed record PendingPost
{
    public required string PostId { get; init; }

    public required string PromptId { get; init; }

    /// <summary>The slot it belongs to, or when a moderator asked for it.</summary>
    public required DateTimeOffset DueAt { get; init; }

    public int Attempts { get; init; }

    /// <summary>Not before this time (back-off after a failed attempt).</summary>
    public DateTimeOffset? RetryAt { get; init; }
}
