using CareerBot.Core.Occupations.Matching;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Tests.Occupations.Matching;

/// <summary>A small hand-made vocabulary shaped like the real one (plural O*NET titles, singular alternates, Dutch labels).</summary>
internal static class Some
{
    public static TitleVocabularyEntry English(string text, string soc, TitleSource source = TitleSource.AlternateTitle) =>
        new(text, soc, Language.English, source);

    public static TitleVocabularyEntry Dutch(string text, string soc, TitleSource source = TitleSource.EscoAlternative) =>
        new(text, soc, Language.Dutch, source) { Isco08 = "0000" };

    public static IReadOnlyList<TitleVocabularyEntry> Vocabulary() =>
    [
        English("Electricians", "47-2111", TitleSource.OccupationTitle),
        English("Electrician", "47-2111"),
        English("Electrical Engineers", "17-2071", TitleSource.OccupationTitle),
        English("Accountants and Auditors", "13-2011", TitleSource.OccupationTitle),
        English("Accountant", "13-2011"),
        English("Fine Artists, Including Painters, Sculptors, and Illustrators", "27-1013", TitleSource.OccupationTitle),
        English("Illustrator", "27-1013"),
        English("Medical Illustrator", "27-1013"),
        English("Software Developers", "15-1252", TitleSource.OccupationTitle),
        English("Software Developer", "15-1252"),
        English("Software Quality Assurance Analysts and Testers", "15-1253", TitleSource.OccupationTitle),
        English("Software Tester", "15-1253"),
        English("Pizza Cook", "35-2014"),
        English("Cooks, Restaurant", "35-2014", TitleSource.OccupationTitle),
        English("Retail Salespersons", "41-2031", TitleSource.OccupationTitle),
        English("Bookstore Clerk", "41-2031"),
        English("Landscaping and Groundskeeping Workers", "37-3011", TitleSource.OccupationTitle),
        English("Gardener", "37-3011"),
        English("Editors", "27-3041", TitleSource.OccupationTitle),
        English("Book Publisher", "11-1021"),
        Dutch("hovenier", "37-3011"),
        Dutch("elektricien", "47-2111"),
        Dutch("tester", "15-1253"),
        Dutch("softwareontwikkelaar", "15-1252"),
        Dutch("redacteur", "11-1021"),
        Dutch("leraar basisschool", "25-2021"),
        Dutch("caissière", "41-2011"),
        new("redacteur", "27-3041", Language.Dutch, TitleSource.Override),
    ];
}
