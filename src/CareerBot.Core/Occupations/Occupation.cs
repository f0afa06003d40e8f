namespace CareerBot.Core.Occupations;

/// <summary>One SOC 2018 occupation with the research figures we hold for it; a missing figure stays null.</summary>
public sealed record Occupation
{
    /// <summary>SOC 2018 detailed code, e.g. "27-3043".</summary>
    public required string Soc { get; init; }

    public required string Title { get; init; }

    public IReadOnlyList<string> DutchTitles { get; init; } = [];

    /// <summary>The reviewed Dutch name this occupation is shown with to Dutch speakers (seeds/soc2018_titles_nl.csv); null when none.</summary>
    public string? DutchLabel { get; init; }

    /// <summary>ISCO-08 unit groups (4 digits) this occupation maps to, the most likely first; empty when none.</summary>
    public IReadOnlyList<string> IscoCodes { get; init; } = [];

    public string? Description { get; init; }

    /// <summary>Frey &amp; Osborne (2013) probability of computerisation, 0–1.</summary>
    public double? AutomationProbability { get; init; }

    /// <summary>The SOC 2010 codes the Frey &amp; Osborne figure came from (mean when several merge).</summary>
    public IReadOnlyList<string> AutomationSourceCodes { get; init; } = [];

    /// <summary>
    /// Set when the Frey &amp; Osborne figure was published only for a wider group holding this occupation (e.g.
    /// "Postsecondary Teachers" for law teachers): the figure is that group's, and must be said so.
    /// </summary>
    public string? AutomationGroupTitle { get; init; }

    /// <summary>The Dutch name of <see cref="AutomationGroupTitle"/>.</summary>
    public string? AutomationGroupTitleDutch { get; init; }

    /// <summary>Eloundou et al. (2024) GPT-4-rated β exposure to large language models, 0–1.</summary>
    public double? GenAiExposure { get; init; }

    /// <summary>BLS projected employment change 2024–34, in percent.</summary>
    public double? GrowthPercent { get; init; }

    /// <summary>BLS OEWS May 2024 annual median wage, US dollars.</summary>
    public double? MedianWage { get; init; }

    /// <summary>
    /// Set when BLS publishes growth and wage only for a wider group holding this occupation (e.g. "Teaching assistants,
    /// except postsecondary"): <see cref="GrowthPercent"/> and <see cref="MedianWage"/> are that group's, and must be said so.
    /// </summary>
    public string? BlsGroupTitle { get; init; }

    /// <summary>The Dutch name of <see cref="BlsGroupTitle"/>.</summary>
    public string? BlsGroupTitleDutch { get; init; }

    /// <summary>Related occupations (O*NET), most related first, as SOC 2018 codes.</summary>
    public IReadOnlyList<string> RelatedSocs { get; init; } = [];
}
