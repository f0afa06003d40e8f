namespace CareerBot.Core.Occupations.Matching;

/// <summary>
/// Where a chat sentence names the employer or workplace rather than the job: "nurse at a care home", "software dev
/// for a bank", "ik werk als kok in een restaurant", "university help desk". Such words still count, with less weight.
/// </summary>
internal static class SentenceFrame
{
    /// <summary>Weight kept by a word that describes the employer while the rest of the query names a job.</summary>
    public const float EmployerWeight = 0.3f;

    /// <summary>Prepositions that, after a job word, start a phrase about the employer ("of"/"van" join titles).</summary>
    public static bool StartsEmployerPhrase(string word) =>
        word is "at" or "in" or "on" or "for" or "from" or "within" or "inside" or "bij" or "op" or "voor" or "binnen";

    /// <summary>"I work in a warehouse", "ik zit in de bouw": the next word names a workplace, not an employer detail.</summary>
    public static bool IsWorkplaceFrame(string previous, string word) =>
        previous is "work" or "works" or "working" or "werk" or "werkt" or "werkzaam" or "job" or "zit" or "zitten"
            or "behind" or "achter" or "im"
        && word is "in" or "at" or "for" or "on" or "bij" or "op" or "voor" or "in" or "the" or "de" or "het";

    /// <summary>"I do roofing", "ik doe de administratie": what follows names a field of work, as after "I work in".</summary>
    public static bool IsFieldFrame(string subject, string verb) =>
        subject is "i" or "ik" or "we" or "wij" && verb is "do" or "did" or "doe" or "deed" or "deden";

    /// <summary>Kinds of employer that, next to a job word, say where rather than what ("university help desk").</summary>
    public static readonly HashSet<string> EmployerNouns = new(StringComparer.Ordinal)
    {
        "university", "universities", "hospital", "company", "firm", "bank", "council",
        "agency", "corporation", "business", "startup", "organisation", "organization", "charity", "ngo", "government",
        "ministry", "municipality", "factory", "clinic", "practice",
        "universiteit", "hogeschool", "ziekenhuis", "bedrijf", "bedrijfje", "gemeente", "bank",
        "bureau", "instelling", "organisatie", "overheid", "ministerie", "fabriek", "supermarkt",
        "kliniek", "multinational", "mkb", "big", "small", "large", "local", "groot", "grote", "klein",
        "kleine", "international", "internationaal", "internationale",
    };
}
