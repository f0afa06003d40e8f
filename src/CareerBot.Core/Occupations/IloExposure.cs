namespace CareerBot.Core.Occupations;

/// <summary>ILO (Gmyrek et al. 2025) generative-AI exposure of one ISCO-08 unit group.</summary>
public sealed record IloExposure
{
    public required string Isco08 { get; init; }

    public required string TitleEnglish { get; init; }

    public string? TitleDutch { get; init; }

    /// <summary>2025 mean task score, 0–1.</summary>
    public double? Score { get; init; }

    /// <summary>The 2025 exposure gradient as published ("Not Exposed", "Minimal Exposure", "Exposed: Gradient 1" …).</summary>
    public string? Gradient { get; init; }

    /// <summary>The group's tasks as the ILO task file lists them (with their 2025 scores), in file order.</summary>
    public IReadOnlyList<IloTask> Tasks { get; init; } = [];
}
