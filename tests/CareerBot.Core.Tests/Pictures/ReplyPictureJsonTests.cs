using CareerBot.Core.Pictures;

namespace CareerBot.Core.Tests.Pictures;

public class ReplyPictureJsonTests
{
    [Fact]
    public void Read_RiskCardWritten_ReadsBackEqualWithItsKind()
    {
        var json = ReplyPictureJson.Write(Card());

        var sut = ReplyPictureJson.Read(json);

        Assert.Contains("\"kind\":\"risk-card\"", json, StringComparison.Ordinal);
        var card = Assert.IsType<RiskCardPicture>(sut);
        Assert.Equal(Card().Title, card.Title);
        Assert.Equal(Card().Scales[0].Values, card.Scales[0].Values);
        Assert.Equal(Card().FileName, card.FileName);
    }

    [Fact]
    public void Read_PulseChartWritten_ReadsBackEqual()
    {
        var json = ReplyPictureJson.Write(Chart());

        var sut = Assert.IsType<PulseChartPicture>(ReplyPictureJson.Read(json));

        Assert.Contains("\"kind\":\"pulse-chart\"", json, StringComparison.Ordinal);
        Assert.Equal(Chart().Bars, sut.Bars);
        Assert.Equal(Chart().Title, sut.Title);
        Assert.Equal(Chart().AltText, sut.AltText);
    }

    [Fact]
    public void Read_RiskCardStoredBeforePicturesHadAKind_IsARiskCard()
    {
        // As RiskCardPictureJson wrote a card (camelCase, no kind) before pulse charts existed.
        const string stored = """{"title":"Your job and AI","jobs":["Registered Nurses"],"scales":[{"label":"Automation risk","source":"Frey & Osborne (2013)","low":"low","high":"high","values":[0.009],"valueTexts":["0.9%"]}],"movesHeading":null,"moves":[],"footer":"Estimates about tasks, not verdicts about people.","altText":"Registered Nurses.","fileName":"risk-card-29-1141.png"}""";

        var sut = Assert.IsType<RiskCardPicture>(ReplyPictureJson.Read(stored));

        Assert.Equal("Your job and AI", sut.Title);
        Assert.Equal("risk-card-29-1141.png", sut.FileName);
        Assert.Equal([0.009], sut.Scales[0].Values);
    }

    [Fact]
    public void Read_KindAfterTheOtherFields_StillRead()
    {
        const string stored = """{"title":"T","axisLabel":"A","bars":[{"label":"1","count":null,"valueText":"fewer than 5"}],"footer":"F","altText":"Alt","fileName":"community-pulse.png","kind":"pulse-chart"}""";

        var sut = Assert.IsType<PulseChartPicture>(ReplyPictureJson.Read(stored));

        Assert.Null(Assert.Single(sut.Bars).Count);
    }

    [Theory]
    [InlineData("""{"kind":"hologram","title":"x"}""")]
    [InlineData("""{"title":""")]
    [InlineData("[1,2]")]
    [InlineData("")]
    public void Read_UnknownKindOrDamaged_IsNull(string stored)
    {
        Assert.Null(ReplyPictureJson.Read(stored));
    }

    private static RiskCardPicture Card() => new()
    {
        Title = "Your job and AI",
        Jobs = ["Registered Nurses"],
        Scales = [new RiskCardScale { Label = "Automation risk", Source = "Frey & Osborne (2013)", Low = "low", High = "high", Values = [0.009], ValueTexts = ["0.9%"] }],
        Footer = "Estimates about tasks, not verdicts about people.",
        AltText = "Registered Nurses.",
        FileName = "risk-card-29-1141.png",
    };

    private static PulseChartPicture Chart() => new()
    {
        Title = "Worry, 6 November – 5 December",
        AxisLabel = "1 = not worried, 5 = very worried",
        Bars = [new("1", 7, "7"), new("2", null, "fewer than 5"), new("3", null, "hidden")],
        Footer = "Counts only.",
        AltText = "Bar chart.",
        FileName = "community-pulse.png",
    };
}
