namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>Storage shape of the ILO 2025 generative-AI exposure of one ISCO-08 unit group.</summary>
internal sealed class IloExposureDocument
{
    /// <summary>ISCO-08 four-digit code, the document id.</summary>
    public required string Id { get; set; }

    public required string TitleEnglish { get; set; }

    public string? TitleDutch { get; set; }

    public double? Score { get; set; }

    public string? Gradient { get; set; }

    /// <summary>The group's tasks in the ILO file's order.</summary>
    public List<IloTaskDocument> Tasks { get; set; } = [];
}
