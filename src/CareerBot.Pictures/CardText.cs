using System.Globalization;
using SkiaSharp;

namespace CareerBot.Pictures;

/// <summary>Single-line text on a card: shortened with an ellipsis to fit its width, never wrapped, never overflowing.</summary>
internal static class CardText
{
    public const string Ellipsis = "…";

    /// <summary>
    /// <paramref name="text"/> when it fits in <paramref name="maxWidth"/>, else its longest start (whole characters,
    /// trailing spaces dropped) followed by "…" that fits; empty when not even the ellipsis fits.
    /// </summary>
    public static string Fit(string text, SKFont font, float maxWidth)
    {
        if (font.MeasureText(text) <= maxWidth)
        {
            return text;
        }

        var starts = StringInfo.ParseCombiningCharacters(text);
        int fits = 0, tooLong = starts.Length;
        while (tooLong - fits > 1)
        {
            var middle = (fits + tooLong) / 2;
            if (font.MeasureText(Shortened(text, starts[middle])) <= maxWidth)
            {
                fits = middle;
            }
            else
            {
                tooLong = middle;
            }
        }

        var shortened = Shortened(text, fits == 0 ? 0 : starts[fits]);
        return font.MeasureText(shortened) <= maxWidth ? shortened : "";
    }

    /// <summary>Draws <paramref name="text"/> fitted to <paramref name="maxWidth"/>; returns the width drawn.</summary>
    public static float Draw(SKCanvas canvas, string text, float x, float baseline, float maxWidth, SKFont font, SKPaint paint, SKTextAlign align = SKTextAlign.Left)
    {
        var fitted = Fit(text, font, maxWidth);
        if (fitted.Length > 0)
        {
            canvas.DrawText(fitted, x, baseline, align, font, paint);
        }

        return font.MeasureText(fitted);
    }

    private static string Shortened(string text, int length) => string.Concat(text.AsSpan(0, length).TrimEnd(), Ellipsis);
}
