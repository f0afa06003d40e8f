namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>Storage shape of one SOC 2018 occupation; a missing figure is stored as absent (null).</summary>
internal sealed class OccupationDocument
{
    /// <summary>SOC 2018 detailed code, the document id.</summary>
    public required string Id { get; set; }

    public required string Title { get; set; }

    public List<string> DutchTitles { get; set; } = [];

    /// <summary>Our reviewed Dutch name (seeds/soc2018_titles_nl.csv), lowercase; null when none.</summary>
    public string? DutchLabel { get; set; }

    /// <summary>ISCO-08 unit groups, the most likely first.</summary>
    public List<string> IscoCodes { get; set; } = [];

    public string? Description { get; set; }

    public double? AutomationProbability { get; set; }

    public List<string> AutomationSourceCodes { get; set; } = [];

    /// <summary>The Frey &amp; Osborne group(s) the figure was published for, when wider than the occupation; else null.</summary>
    public string? AutomationGroupTitle { get; set; }

    public string? AutomationGroupTitleDutch { get; set; }

    public double? GenAiExposure { get; set; }

    public double? GrowthPercent { get; set; }

    public double? MedianWage { get; set; }

    /// <summary>The BLS group whose growth and wage these are, when BLS counts the occupation only with others; else null.</summary>
    public string? BlsGroupTitle { get; set; }

    public string? BlsGroupTitleDutch { get; set; }

    public List<string> RelatedSocs { get; set; } = [];
}
