namespace CareerBot.Core.Stories;

/// <summary>A real person's story from the article, told as the article tells it.</summary>
public sealed record Story
{
    /// <summary>Stable id, e.g. "jacqueline-bowman".</summary>
    public required string Id { get; init; }

    /// <summary>SOC 2018 code of the job the person left.</summary>
    public required string FromSoc { get; init; }

    /// <summary>SOC 2018 code of the job they moved to, when the article names one.</summary>
    public string? ToSoc { get; init; }
}
