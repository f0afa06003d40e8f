using System.ComponentModel.DataAnnotations;

namespace CareerBot.Health;

/// <summary>The "Health" section: the periodic health log line. The report itself is served on GET /healthz (see <c>Urls</c>).</summary>
internal sealed class HealthOptions
{
    public const string SectionName = "Health";

    /// <summary>How often a one-line health summary is logged.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LogInterval { get; set; } = TimeSpan.FromMinutes(5);
}
