using System.ComponentModel.DataAnnotations;

namespace CareerBot.Storage.LiteDb.Backup;

/// <summary>The "Storage:Backup" section: consistent copies of the LiteDB file on a schedule and at shutdown.</summary>
public sealed class BackupOptions
{
    public const string SectionName = "Storage:Backup";

    /// <summary>Folder for the copies; empty turns backups off. Relative paths resolve against the current directory.</summary>
    public string Directory { get; set; } = "";

    /// <summary>Time between two scheduled copies (one more is taken when the host stops).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How many of the newest copies are kept; older ones are deleted after each new copy.</summary>
    [Range(1, 1000)]
    public int Keep { get; set; } = 14;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Directory);
}
