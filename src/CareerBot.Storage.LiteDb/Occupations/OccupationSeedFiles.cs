namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>The seed files the occupation import reads, by name inside the seeds folder.</summary>
internal static class OccupationSeedFiles
{
    public const string Scores = "us_occupation_scores_by_soc2018.csv";
    public const string FreyOsborne = "frey_osborne_2013_by_soc2018.csv";
    public const string FreyOsborneGroupsDutch = "frey_osborne_groups_nl.csv";
    public const string Eloundou = "eloundou_gpts_are_gpts_occ_level_onetsoc2019.csv";
    public const string OnetOccupations = "onet_29_3_occupation_data.csv";
    public const string OnetRelated = "onet_29_3_related_occupations.csv";
    public const string EscoToSoc = "esco_occupation_to_onet_soc.csv";
    public const string IscoToSoc2010 = "crosswalk_isco08_to_soc2010.csv";
    public const string Soc2010ToSoc2018 = "crosswalk_soc2010_to_soc2018.csv";
    public const string SocTitlesDutch = "soc2018_titles_nl.csv";
    public const string BlsProjections = "bls_employment_projections_2024_2034.csv";
    public const string BlsWages = "bls_oews_national_may2024.csv";
    public const string Ilo = "ilo_genai_exposure_2025_by_isco08.csv";
    public const string IloTasks = "ilo_genai_exposure_2025_tasks_isco08.csv";
    public const string IloTasksDutch = "ilo_tasks_nl.csv";
    public const string TitleOverrides = "title_overrides.csv";

    public static readonly IReadOnlyList<string> All =
    [
        Scores, FreyOsborne, FreyOsborneGroupsDutch, Eloundou, OnetOccupations, OnetRelated, EscoToSoc, IscoToSoc2010,
        Soc2010ToSoc2018, SocTitlesDutch, BlsProjections, BlsWages, Ilo, IloTasks, IloTasksDutch, TitleOverrides,
    ];
}
