using CareerBot.Core.Pictures;
using CareerBot.Core.Texts;
using CareerBot.Pictures.Tests.Support;

namespace CareerBot.Pictures.Tests;

public class PulseChartRendererTests
{
    private const int Baseline = 292;
    private readonly RecordingLogger<PulseChartRenderer> _logger = new();

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.Dutch)]
    public void RenderPng_EnglishOrDutch_IsPngOf640x360UnderFiftyKB(Language language)
    {
        var sut = CreateSut();

        var png = sut.RenderPng(Chart(language));

        Assert.True(Png.HasSignature(png));
        Assert.Equal((640, 360), Png.Size(png));
        Assert.InRange(png.Length, 1, 50 * 1024);
    }

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.Dutch)]
    public void RenderPng_EnglishOrDutch_ReplacesNoCharacter(Language language)
    {
        var sut = CreateSut();

        sut.RenderPng(Chart(language));

        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public void RenderPng_SameChartTwice_GivesTheSameBytes()
    {
        var sut = CreateSut();

        Assert.Equal(sut.RenderPng(Chart(Language.Dutch)), sut.RenderPng(Chart(Language.Dutch)));
        Assert.NotEqual(sut.RenderPng(Chart(Language.Dutch)), sut.RenderPng(Chart(Language.English)));
    }

    [Fact]
    public void RenderPng_FigureNotShown_ItsBarIsNotDrawnButItsWordsAre()
    {
        var sut = CreateSut();

        using var pixels = new CardPixels(sut.RenderPng(Chart(Language.English)));

        Assert.True(pixels.BlueOnRow(Baseline - 5, Centre(0) - 20, Centre(0) + 20) > 0);
        Assert.Equal(0, pixels.BlueOnRow(Baseline - 5, Centre(1) - 20, Centre(1) + 20));
        Assert.Equal(0, pixels.BlueOnRow(Baseline - 5, Centre(3) - 20, Centre(3) + 20));
        Assert.True(pixels.InkIn(Centre(1) - 50, Baseline - 24, Centre(1) + 50, Baseline - 2) > 0);
    }

    [Fact]
    public void RenderPng_CharactersTheFontLacks_AreReplacedAndCounted()
    {
        var sut = CreateSut();

        sut.RenderPng(Chart(Language.English) with { Title = "Worry 🤖" });

        Assert.Single(_logger.Entries);
    }

    [Fact]
    public void RenderPng_ThroughTheRegisteredRenderer_DrawsTheChart()
    {
        var sut = new PictureRenderer(new RiskCardRenderer(new RecordingLogger<RiskCardRenderer>()), CreateSut());

        var png = sut.RenderPng(Chart(Language.English));

        Assert.Equal((640, 360), Png.Size(png));
    }

    private static int Centre(int bar) => (int)(24 + (592f / 5 * (bar + 0.5f)));

    private PulseChartRenderer CreateSut() => new(_logger);

    private static PulseChartPicture Chart(Language language)
    {
        var texts = TextCatalog.Embedded;
        string Get(string key) => texts.Get(language, key);
        return new PulseChartPicture
        {
            Title = texts.Format(language, "pulse.chart.title", language == Language.Dutch ? "6 november" : "6 November", language == Language.Dutch ? "5 december" : "5 December"),
            AxisLabel = Get("pulse.chart.axis"),
            Bars =
            [
                new("1", 7, "7"),
                new("2", null, Get("pulse.fewer")),
                new("3", 12, "12"),
                new("4", null, Get("pulse.hidden")),
                new("5", 5, "5"),
            ],
            Footer = Get("pulse.chart.footer"),
            AltText = Get("pulse.chart.alt"),
            FileName = "community-pulse.png",
        };
    }
}
