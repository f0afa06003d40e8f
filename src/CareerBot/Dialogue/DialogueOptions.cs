using System.ComponentModel.DataAnnotations;

namespace CareerBot.Dialogue;

/// <summary>Configuration section "Dialogue".</summary>
internal sealed class DialogueOptions
{
    public const string SectionName = "Dialogue";

    /// <summary>Silence after which a returning person is greeted back and offered resume or restart.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan IdleGreetingAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Longer messages are politely refused.</summary>
    [Range(50, 4000)]
    public int MaxMessageLength { get; set; } = 1000;
}
