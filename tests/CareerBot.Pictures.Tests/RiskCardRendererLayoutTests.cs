using CareerBot.Core.Pictures;
using CareerBot.Pictures.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerBot.Pictures.Tests;

/// <summary>Where the renderer puts ink: markers only for values, nothing in the margins, however long the words.</summary>
public class RiskCardRendererLayoutTests
{
    private const int Margin = (int)CardLayout.Margin;

    [Fact]
    public void RenderPng_NullValue_DrawsNoMarkerOnThatTrack()
    {
        var sut = CreateSut();
        var picture = Some.English() with
        {
            Scales = [Some.Scale("Automation risk", "Frey & Osborne (2013)", "low", "high", target: true, (null, "no figure"), (null, "no figure"))],
        };

        using var pixels = new CardPixels(sut.RenderPng(picture));

        var y = (int)CardLayout.TrackY(0);
        Assert.Equal(0, pixels.BlueOnRow(y, (int)CardLayout.TrackLeft - 10, (int)CardLayout.TrackRight + 10));
        Assert.Equal(0, pixels.VermillionOnRow(y, (int)CardLayout.TrackLeft - 10, (int)CardLayout.TrackRight + 10));
    }

    [Fact]
    public void RenderPng_OwnValueOnly_DrawsOnlyTheOwnMarker()
    {
        var sut = CreateSut();

        using var pixels = new CardPixels(sut.RenderPng(Some.English()));

        // Scale 3 (ILO) has the own job at 0.57 and no figure for the target.
        var y = (int)CardLayout.TrackY(2);
        var x = (int)CardLayout.TrackX(0.57);
        Assert.True(pixels.BlueOnRow(y, x - 8, x + 8) > 8);
        Assert.Equal(0, pixels.VermillionOnRow(y, (int)CardLayout.TrackLeft - 10, (int)CardLayout.TrackRight + 10));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void RenderPng_ValueAtAnEnd_DrawsBothMarkersWhole(double value)
    {
        var sut = CreateSut();
        var picture = Some.English() with
        {
            Scales = [Some.Scale("Automation risk", "Frey & Osborne (2013)", "low", "high", target: true, (value, "x"), (value, "y"))],
        };

        using var pixels = new CardPixels(sut.RenderPng(picture));

        // The own job's circle (14 px) sits inside the target's diamond (20 px): blue in the middle, vermillion at both tips.
        var y = (int)CardLayout.TrackY(0);
        var x = (int)Math.Round(CardLayout.TrackX(value));
        Assert.True(pixels.BlueOnRow(y, x - 5, x + 5) >= 8);
        Assert.True(pixels.VermillionOnRow(y, x - 12, x - 5) > 0);
        Assert.True(pixels.VermillionOnRow(y, x + 5, x + 12) > 0);
    }

    [Fact]
    public void RenderPng_VeryLongWords_LeaveTheMarginsEmpty()
    {
        var sut = CreateSut();
        var longWords = string.Concat(Enumerable.Repeat("Occupational Health and Safety Specialists ", 8));
        var picture = new RiskCardPicture
        {
            Title = longWords,
            Jobs = [longWords, longWords],
            Scales = [.. Enumerable.Repeat(Some.Scale(longWords, longWords, longWords, longWords, target: true, (0.0, longWords), (1.0, longWords)), 3)],
            MovesHeading = longWords,
            Moves = [longWords, longWords, longWords],
            Footer = longWords,
            AltText = longWords,
            FileName = "risk-card-long.png",
        };

        var png = sut.RenderPng(picture);

        using var pixels = new CardPixels(png);
        Assert.Equal(0, pixels.InkIn(0, 0, Margin - 1, pixels.Height));
        Assert.Equal(0, pixels.InkIn(pixels.Width - Margin + 1, 0, pixels.Width, pixels.Height));
        Assert.Equal(0, pixels.InkIn(0, pixels.Height - 4, pixels.Width, pixels.Height));
        Assert.InRange(png.Length, 1, 100 * 1024 - 1);
    }

    [Fact]
    public void RenderPng_MoreThanTheCardHolds_DrawsTheFirstAndStaysInside()
    {
        var sut = CreateSut();
        var scale = Some.English().Scales[0];
        var picture = Some.English() with
        {
            Jobs = ["One", "Two", "Three"],
            Scales = [scale, scale, scale, scale, scale],
            Moves = ["a", "b", "c", "d", "e"],
        };

        using var pixels = new CardPixels(sut.RenderPng(picture));

        Assert.Equal((800, 450), (pixels.Width, pixels.Height));
        Assert.Equal(0, pixels.InkIn(0, pixels.Height - 4, pixels.Width, pixels.Height));
    }

    [Fact]
    public void RenderPng_FewerValuesThanJobs_TreatsTheMissingAsNoFigure()
    {
        var sut = CreateSut();
        var scale = Some.English().Scales[0] with { Values = [0.5], ValueTexts = [] };

        using var pixels = new CardPixels(sut.RenderPng(Some.English() with { Scales = [scale] }));

        var y = (int)CardLayout.TrackY(0);
        Assert.True(pixels.BlueOnRow(y, 390, 410) > 0);
        Assert.Equal(0, pixels.VermillionOnRow(y, (int)CardLayout.TrackLeft - 10, (int)CardLayout.TrackRight + 10));
    }

    private static RiskCardRenderer CreateSut() => new(NullLogger<RiskCardRenderer>.Instance);
}
