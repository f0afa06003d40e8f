using System.ComponentModel.DataAnnotations;

namespace CareerBot.Storage.Postgres.Retention;

/// <summary>
/// The "Storage:Conversations" settings the PostgreSQL store uses: the same section and limits as the LiteDB store's,
/// less its checkpoint setting (the LiteDB-only ones are ignored here).
/// </summary>
internal sealed class RetentionOptions
{
    public const string SectionName = "Storage:Conversations";

    /// <summary>Handled-event markers older than this are pruned; platforms stop redelivering long before (Telegram keeps updates 24 h).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan HandledRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Upper bound on stored handled-event markers; the oldest beyond it are pruned.</summary>
    [Range(100, int.MaxValue)]
    public int MaxHandledMarkers { get; set; } = 200_000;

    /// <summary>How often the handled-event markers are pruned.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A conversation with no message for this long is deleted with its outbox (as /forget).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan RetainIdleFor { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How often the retention sweep looks for idle conversations (it also runs once at start-up).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(1);
}
