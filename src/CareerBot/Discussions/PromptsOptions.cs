using System.ComponentModel.DataAnnotations;

namespace CareerBot.Discussions;

/// <summary>Configuration section "Prompts": where the discussion prompts live and the weekly scheduler's rules.</summary>
internal sealed class PromptsOptions
{
    public const string SectionName = "Prompts";

    /// <summary>Folder of prompt files (*.md), relative to the app folder unless absolute.</summary>
    [Required]
    public string Path { get; set; } = "prompts";

    /// <summary>A slot missed while the bot was down is still posted when it is at most this late.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan GraceWindow { get; set; } = TimeSpan.FromHours(6);

    /// <summary>IANA zone used when a moderator schedules without naming one.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>First wait after a failed post; doubles per attempt, up to an hour.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The scheduler looks at least this often, even when nothing is due (a safety net for clock jumps).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MaxSleep { get; set; } = TimeSpan.FromMinutes(5);
}
