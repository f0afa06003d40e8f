namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>Storage shape of one task of an ISCO-08 group in the ILO 2025 task file, with our Dutch translation when there is one.</summary>
internal sealed class IloTaskDocument
{
    /// <summary>The task's number within its group (the file's task_id).</summary>
    public int Id { get; set; }

    public required string Text { get; set; }

    public string? TextDutch { get; set; }

    public double? Score { get; set; }
}
