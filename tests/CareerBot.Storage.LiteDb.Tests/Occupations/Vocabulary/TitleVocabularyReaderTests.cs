using CareerBot.Core.Occupations.Matching;
using CareerBot.Core.Texts;
using CareerBot.Storage.LiteDb.Occupations.Vocabulary;
using CareerBot.Storage.LiteDb.Tests.Occupations.Matching;

namespace CareerBot.Storage.LiteDb.Tests.Occupations.Vocabulary;

public sealed class TitleVocabularyReaderTests(RealMatcherFixture fixture) : IClassFixture<RealMatcherFixture>
{
    [Fact]
    public void Read_RealSeeds_HasEveryEnglishSource()
    {
        var vocabulary = fixture.Vocabulary;

        Assert.Equal(1016, vocabulary.Count(e => e.Source == TitleSource.OccupationTitle));
        Assert.True(vocabulary.Count(e => e.Source == TitleSource.AlternateTitle) > 56_000);
        Assert.True(vocabulary.Count(e => e.Source == TitleSource.ReportedTitle) > 7_000);
        Assert.Contains(vocabulary, e => e.Source == TitleSource.ShortTitle && e.Text == "CEO" && e.Soc == "11-1011");
    }

    [Fact]
    public void Read_RealSeeds_SocCodesAreSoc2018()
    {
        var vocabulary = fixture.Vocabulary;

        Assert.All(vocabulary, e => Assert.Matches(@"^\d\d-\d\d\d\d$", e.Soc));
    }

    [Fact]
    public void Read_DutchLabel_ReachesSocThroughThePrimaryPickWithIsco()
    {
        var vocabulary = fixture.Vocabulary;

        var label = vocabulary.First(e => e.Text == "inspiciënt");

        Assert.Equal(Language.Dutch, label.Language);
        Assert.Equal("27-2012", label.Soc);
        Assert.Equal("2654", label.Isco08);
    }

    [Fact]
    public void Read_EscoEnglishName_ReachesTheSameSoc()
    {
        var vocabulary = fixture.Vocabulary;

        var name = vocabulary.Single(e => e.Source == TitleSource.EscoEnglish && e.Text == "technical director");

        Assert.Equal(Language.English, name.Language);
        Assert.Equal("27-2012", name.Soc);
    }

    [Fact]
    public void Read_Overrides_AreReadWithTheirLanguage()
    {
        var vocabulary = fixture.Vocabulary;

        var redacteur = vocabulary.Single(e => e.Source == TitleSource.Override && e.Text == "redacteur");

        Assert.Equal("27-3041", redacteur.Soc);
        Assert.Equal(Language.Dutch, redacteur.Language);
    }

    [Theory]
    [InlineData("bin man", "53-7081", TitleSource.EverydayTitle)]
    [InlineData("vakkenvuller", "53-7065", TitleSource.EverydayTitle)]
    [InlineData("fix cars", "49-3023", TitleSource.ActivityPhrase)]
    [InlineData("geef les", "25-2021", TitleSource.ActivityPhrase)]
    public void Read_ReviewedEverydayFiles_AreReadWithTheirSource(string text, string soc, TitleSource source)
    {
        var vocabulary = fixture.Vocabulary;

        Assert.Contains(vocabulary, e => e.Text == text && e.Soc == soc && e.Source == source);
    }

    [Fact]
    public void Read_QuotedFieldsWithCommasAndNewlines_AreParsedAsOneField()
    {
        var folder = Directory.CreateTempSubdirectory("careerbot-vocabulary-");
        try
        {
            WriteMinimalSeeds(folder.FullName);

            var vocabulary = TitleVocabularyReader.Read(folder.FullName);

            Assert.Contains(vocabulary, e => e.Text == "Cooks, Restaurant" && e.Soc == "35-2014");
            Assert.Contains(vocabulary, e => e.Text == "kok" && e.Soc == "35-2014" && e.Language == Language.Dutch);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void WriteMinimalSeeds(string folder)
    {
        File.WriteAllText(Path.Combine(folder, TitleVocabularyFiles.Occupations), "O*NET-SOC Code,Title,Description\n35-2014.00,\"Cooks, Restaurant\",\"Cook.\nSecond line, with comma.\"\n");
        File.WriteAllText(Path.Combine(folder, TitleVocabularyFiles.AlternateTitles), "O*NET-SOC Code,Title,Alternate Title,Short Title,Source(s)\n35-2014.00,\"Cooks, Restaurant\",Line Cook,,\"04,06\"\n");
        File.WriteAllText(Path.Combine(folder, TitleVocabularyFiles.ReportedTitles), "O*NET-SOC Code,Title,Reported Job Title,Shown in My Next Move\n35-2014.00,\"Cooks, Restaurant\",Cook,Y\n");
        File.WriteAllText(Path.Combine(folder, TitleVocabularyFiles.EscoToSoc), "conceptUri,esco_code,isco08,preferred_label_nl,preferred_label_en,onetsoc_2019_codes,soc2018_codes,match_via,primary_onetsoc_2019,primary_soc2018,primary_method\nhttp://x/1,5120.1,5120,kok,cook,35-2014.00,35-2014,esco_code,35-2014.00,35-2014,single_candidate\n");
        File.WriteAllText(Path.Combine(folder, TitleVocabularyFiles.DutchLabels), "label_nl,label_type,conceptUri,esco_code,isco08,preferred_label_nl,preferred_label_en\nkok,preferred,http://x/1,5120.1,5120,kok,cook\n");
        File.WriteAllText(Path.Combine(folder, TitleVocabularyFiles.Overrides), "text,language,soc,note\n");
        File.WriteAllText(Path.Combine(folder, TitleVocabularyFiles.EverydayTitles), "text,language,soc,note\n");
        File.WriteAllText(Path.Combine(folder, TitleVocabularyFiles.ActivityPhrases), "text,language,soc,note\n");
    }
}
