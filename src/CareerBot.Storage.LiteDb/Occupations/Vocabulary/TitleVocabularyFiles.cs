namespace CareerBot.Storage.LiteDb.Occupations.Vocabulary;

/// <summary>The seed files the title vocabulary is read from (names as shipped under <c>seeds/</c>).</summary>
public static class TitleVocabularyFiles
{
    public const string Occupations = "onet_29_3_occupation_data.csv";
    public const string AlternateTitles = "onet_29_3_alternate_titles.csv";
    public const string ReportedTitles = "onet_29_3_sample_of_reported_titles.csv";
    public const string DutchLabels = "esco_nl_title_lookup.csv";
    public const string EscoToSoc = "esco_occupation_to_onet_soc.csv";
    public const string Overrides = "title_overrides.csv";
    public const string EverydayTitles = "everyday_titles.csv";
    public const string ActivityPhrases = "activity_phrases.csv";

    /// <summary>Every file the vocabulary is read from: a change to any of them rebuilds the persisted title index.</summary>
    public static readonly IReadOnlyList<string> All =
        [Occupations, AlternateTitles, ReportedTitles, DutchLabels, EscoToSoc, Overrides, EverydayTitles, ActivityPhrases];
}
