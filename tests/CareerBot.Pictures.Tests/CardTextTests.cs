using SkiaSharp;

namespace CareerBot.Pictures.Tests;

public class CardTextTests
{
    [Fact]
    public void Fit_TextThatFits_IsUnchanged()
    {
        using var font = CreateFont();

        var fitted = CardText.Fit("Bakker", font, 200);

        Assert.Equal("Bakker", fitted);
    }

    [Fact]
    public void Fit_TooLongText_EndsInAnEllipsisAndFits()
    {
        using var font = CreateFont();
        const string Title = "Occupational Health and Safety Specialists → Electricians";

        var fitted = CardText.Fit(Title, font, 200);

        Assert.EndsWith(CardText.Ellipsis, fitted, StringComparison.Ordinal);
        Assert.StartsWith(fitted[..^1], Title, StringComparison.Ordinal);
        Assert.True(font.MeasureText(fitted) <= 200);
        Assert.True(font.MeasureText(CardText.Fit(Title, font, 260)) > font.MeasureText(fitted));
    }

    [Fact]
    public void Fit_CutAtASpace_DropsTheSpaceBeforeTheEllipsis()
    {
        using var font = CreateFont();

        var fitted = CardText.Fit("aaaa bbbbbbbbbbbbbbbbbbbbbbbb", font, font.MeasureText("aaaa…") + 1);

        Assert.Equal("aaaa…", fitted);
    }

    [Fact]
    public void Fit_NoRoomForTheEllipsis_IsEmpty()
    {
        using var font = CreateFont();

        var fitted = CardText.Fit("Bakker", font, 2);

        Assert.Equal("", fitted);
    }

    [Fact]
    public void Fit_DecomposedAccent_IsNeverSplitFromItsLetter()
    {
        using var font = CreateFont();
        var text = string.Concat(Enumerable.Repeat("e\u0301", 40));

        for (var width = 10; width < 300; width += 7)
        {
            var fitted = CardText.Fit(text, font, width);

            Assert.True(fitted.Length <= 1 || fitted[^2] == '\u0301', $"split at width {width}: {fitted}");
        }
    }

    private static SKFont CreateFont() => new(CardFonts.Regular, 16);
}
