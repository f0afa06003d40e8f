using CareerBot.Core.Pictures;
using Microsoft.Extensions.Logging;
using SkiaSharp;

namespace CareerBot.Pictures;

/// <summary>
/// Draws a risk card as an 800×450 PNG: ScottPlot draws the tracks and markers, SkiaSharp the words, all in the shipped
/// DejaVu Sans, on one canvas; the colours are then rounded (<see cref="ColorLevels"/>) and the bitmap encoded. Thread-safe: every call has its own surface, fonts and plot; only the immutable
/// typefaces are shared. The same picture gives the same bytes.
/// </summary>
internal sealed class RiskCardRenderer(ILogger<RiskCardRenderer> logger)
{
    public byte[] RenderPng(RiskCardPicture picture)
    {
        ArgumentNullException.ThrowIfNull(picture);
        var content = CardContent.From(picture);
        if (content.Replaced > 0)
        {
            Log.GlyphsReplaced(logger, picture.FileName, content.Replaced);
        }

        var info = new SKImageInfo(CardLayout.Width, CardLayout.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var bitmap = new SKBitmap(info);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(CardPalette.Background);
            ScaleTracks.Draw(canvas, [.. content.Scales.Select(scale => scale.Values)]);
            using var painter = new CardPainter(canvas);
            CardHeader.Draw(painter, content);
            ScaleLabels.Draw(painter, content.Scales);
            CardMoves.Draw(painter, content);
        }

        return PngFile.Encode(bitmap);
    }
}
