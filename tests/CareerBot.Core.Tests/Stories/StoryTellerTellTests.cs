using CareerBot.Core.Stories;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Tests.Stories;

public sealed class StoryTellerTellTests
{
    [Fact]
    public void Tell_JacquelineInEnglish_TellsWhoWhatQuoteAndSource()
    {
        var sut = CreateSut();

        var result = sut.Tell(sut.Find("jacqueline-bowman")!, Language.English);

        Assert.StartsWith("Jacqueline Bowman (30), California\n", result, StringComparison.Ordinal);
        Assert.Contains("Before: freelancer in content marketing and journalism", result, StringComparison.Ordinal);
        Assert.Contains("After: decided to retrain as a relationship therapist", result, StringComparison.Ordinal);
        Assert.Contains("at half her old rate", result, StringComparison.Ordinal);
        Assert.Contains("could no longer pay her health insurance", result, StringComparison.Ordinal);
        Assert.Contains("“Sixty percent was completely made up”", result, StringComparison.Ordinal);
        Assert.Contains("(our translation; the article is in Dutch)", result, StringComparison.Ordinal);
        Assert.EndsWith("\nSource: Dutch news article, 11 February 2026", result, StringComparison.Ordinal);
    }

    [Fact]
    public void Tell_JanetInDutch_KeepsBitternessMovingAndPay()
    {
        var sut = CreateSut();

        var result = sut.Tell(sut.Find("janet-feenstra")!, Language.Dutch);

        Assert.StartsWith("Janet Feenstra (52), een Amerikaanse die in Zweden werkte\n", result, StringComparison.Ordinal);
        Assert.Contains("Daarna: bakker in een ambachtelijke bakkerij in Malmö", result, StringComparison.Ordinal);
        Assert.Contains("“Ik ben nog steeds een beetje bitter”", result, StringComparison.Ordinal);
        Assert.Contains("slechter betaald", result, StringComparison.Ordinal);
        Assert.Contains("moest verhuizen omdat ze haar huur niet meer kon betalen", result, StringComparison.Ordinal);
        Assert.Contains("zoons tijdelijk bij hun vader", result, StringComparison.Ordinal);
        Assert.EndsWith("\nBron: Nederlands nieuwsartikel, 11 februari 2026", result, StringComparison.Ordinal);
    }

    [Fact]
    public void Tell_JanetInEnglish_KeepsBitternessMovingAndPay()
    {
        var sut = CreateSut();

        var result = sut.Tell(sut.Find("janet-feenstra")!, Language.English);

        Assert.Contains("“I'm still a bit bitter”", result, StringComparison.Ordinal);
        Assert.Contains("worse paid", result, StringComparison.Ordinal);
        Assert.Contains("her sons lived with their father for a while", result, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.English, "Richard (39)\n", "big pay cut")]
    [InlineData(Language.Dutch, "Richard (39)\n", "forse salarisdaling")]
    [InlineData(Language.English, "Bethan (24)\n", "replaced by an AI kiosk")]
    [InlineData(Language.Dutch, "Paola Adeitan (31)\n", "stopte haar traject om advocaat te worden")]
    [InlineData(Language.English, "A marketer (the article gives no name or age)\n", "“AI won't replace me, but it can take market share”")]
    [InlineData(Language.Dutch, "Een marketeer (het artikel noemt geen naam of leeftijd)\n", "“AI zal me niet vervangen, maar kan wel marktaandeel afpakken”")]
    public void Tell_OtherPeople_AsTheArticleGivesThem(Language language, string start, string expected)
    {
        var sut = CreateSut();
        var story = sut.All.Single(s => sut.Tell(s, language).StartsWith(start, StringComparison.Ordinal));

        var result = sut.Tell(story, language);

        Assert.Contains(expected, result, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.Dutch)]
    public void Tell_EveryStory_HasNameAgeQuoteAndSourceInPlainShortText(Language language)
    {
        var sut = CreateSut();

        foreach (var story in sut.All)
        {
            var result = sut.Tell(story, language);

            Assert.Contains(story.Name ?? story.Who!.In(language), result, StringComparison.Ordinal);
            Assert.Contains(story.Age is { } age ? $"({age})" : string.Empty, result, StringComparison.Ordinal);
            Assert.All(story.Quotes, q => Assert.Contains(language == Language.Dutch ? q.Dutch : q.EnglishTranslation, result, StringComparison.Ordinal));
            Assert.EndsWith(story.Source.In(language), result, StringComparison.Ordinal);
            Assert.True(result.Length < 1200, $"{story.Id} is {result.Length} characters");
            Assert.DoesNotContain(result, c => c is '<' or '>' or '*' or '`' or '[' or ']' or '#' or '\r');
        }
    }

    [Fact]
    public void Tell_StoryWithoutQuotes_HasNoQuoteLine()
    {
        var sut = CreateSut();

        var result = sut.Tell(sut.Find("richard")!, Language.English);

        Assert.DoesNotContain("“", result, StringComparison.Ordinal);
        Assert.DoesNotContain("our translation", result, StringComparison.Ordinal);
        Assert.DoesNotContain("After: ", sut.Tell(sut.Find("paola-adeitan")!, Language.English), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.English, "Some context:", "47 percent", "no need to panic, not yet", "Source: Dutch news article, 11 February 2026")]
    [InlineData(Language.Dutch, "Wat context:", "47 procent", "Paniek is volgens hem niet nodig, nog niet", "Bron: Nederlands nieuwsartikel, 11 februari 2026")]
    public void TellContext_FreysView_IsToldAsContext(Language language, string title, string estimate, string panic, string source)
    {
        var sut = CreateSut();

        var result = sut.TellContext(language);

        Assert.StartsWith(title, result, StringComparison.Ordinal);
        Assert.Contains(estimate, result, StringComparison.Ordinal);
        Assert.Contains("2013", result, StringComparison.Ordinal);
        Assert.Contains(panic, result, StringComparison.Ordinal);
        Assert.EndsWith(source, result, StringComparison.Ordinal);
        Assert.DoesNotContain(sut.All, s => s.Id == "frey-view");
    }

    [Fact]
    public void Load_StreamAndPath_GiveTheSameStories()
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, SeedJson.RealSeedPath));

        var fromStream = StoryTeller.Load(stream, "stories.json", _ => []);

        Assert.Equal(CreateSut().All.Select(s => s.Id), fromStream.All.Select(s => s.Id));
    }

    private static StoryTeller CreateSut() => StoryTeller.Load(SeedJson.RealSeedPath, _ => []);
}
