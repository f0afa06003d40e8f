using CareerBot.Storage.LiteDb.Occupations.Vocabulary;

namespace CareerBot.Storage.LiteDb.Tests.Occupations.Vocabulary;

/// <summary>
/// Small versions of the vocabulary files the occupation import does not read (alternate and reported titles, Dutch ESCO
/// labels, everyday names, activity phrases), to go with <see cref="SomeSeeds"/> in a <see cref="SeedFolder"/>.
/// </summary>
internal static class SomeVocabularySeeds
{
    public const string AlternateTitles = """
        O*NET-SOC Code,Title,Alternate Title,Short Title,Source(s)
        27-3043.00,Writers and Authors,Copy Writer,,08
        27-3043.00,Writers and Authors,Author,,08
        27-3041.00,Editors,Newspaper Editor,,08
        11-1031.00,Legislators,Member of Parliament,MP,08
        11-9179.01,Fitness and Wellness Managers,Gym Manager,,08
        """;

    public const string ReportedTitles = """
        O*NET-SOC Code,Title,Reported Job Title,Shown in My Next Move
        27-3043.00,Writers and Authors,Content Writer,Y
        27-3041.00,Editors,Copy Editor,Y
        """;

    public const string DutchLabels = """
        label_nl,label_type,conceptUri,esco_code,isco08,preferred_label_nl,preferred_label_en
        schrijver,preferred,http://e/1,2641.1,2641,schrijver,writer
        auteur,alternative,http://e/1,2641.1,2641,schrijver,writer
        redacteur,preferred,http://e/3,2642.1,2642,redacteur,editor
        eindredacteur,hidden,http://e/3,2642.1,2642,redacteur,editor
        """;

    public const string EverydayTitles = """
        text,language,soc,kind,note
        scribbler,en,27-3043,worker,an everyday name
        krant,nl,27-3041,field,a thing that stands for the work
        """;

    public const string ActivityPhrases = """
        text,language,soc,note
        write books,en,27-3043,writing
        """;

    public static SeedFolder Folder()
    {
        var folder = new SeedFolder();
        folder.Write(TitleVocabularyFiles.AlternateTitles, AlternateTitles);
        folder.Write(TitleVocabularyFiles.ReportedTitles, ReportedTitles);
        folder.Write(TitleVocabularyFiles.DutchLabels, DutchLabels);
        folder.Write(TitleVocabularyFiles.EverydayTitles, EverydayTitles);
        folder.Write(TitleVocabularyFiles.ActivityPhrases, ActivityPhrases);
        return folder;
    }
}
