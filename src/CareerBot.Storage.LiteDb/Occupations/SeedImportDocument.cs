namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>Records which content of the seed files the occupation collections were last imported from.</summary>
internal sealed class SeedImportDocument
{
    public required string Id { get; set; }

    /// <summary>SHA-256 over the importer version and every seed file read (name and bytes), hex.</summary>
    public required string ContentHash { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public int OccupationCount { get; set; }

    public int IloGroupCount { get; set; }
}
