using System.ComponentModel.DataAnnotations;

namespace CareerBot.Storage.LiteDb.Conversations;

/// <summary>The "Storage:Conversations" section: how long conversations and handled platform events are kept.</summary>
public sealed class ConversationStoreOptions
{
    public const string SectionName = "Storage:Conversations";

    /// <summary>Handled-event markers older than this are pruned; platforms stop redelivering long before (Telegram keeps updates 24 h).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan HandledRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Upper bound on stored handled-event markers; the oldest beyond it are pruned.</summary>
    [Range(100, int.MaxValue)]
    public int MaxHandledMarkers { get; set; } = 200_000;

    /// <summary>Pruning runs after a saved turn at most this often.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A checkpoint is forced after this many saved turns, bounding the -log file (about 70 KB per turn).</summary>
    [Range(1, 1_000_000)]
    public int CheckpointEveryTurns { get; set; } = 200;

    /// <summary>A conversation with no message for this long is deleted with everything keyed to the person (as /forget).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan RetainIdleFor { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How often the retention sweeper looks for idle conversations (it also runs once at start-up).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(1);
}
