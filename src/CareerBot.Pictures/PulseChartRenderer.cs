using CareerBot.Core.Pictures;
using Microsoft.Extensions.Logging;
using SkiaSharp;

namespace CareerBot.Pictures;

/// <summary>
/// Draws a community pulse as a 640×360 PNG bar chart in the shipped DejaVu Sans: the title, what the labels mean, one
/// bar per category with its count above it, and the footer. A bar without a count is not drawn; its text ("fewer than
/// 5") stands on the baseline instead. Thread-safe, and the same picture gives the same bytes.
/// </summary>
internal sealed class PulseChartRenderer(ILogger<PulseChartRenderer> logger)
{
    public const int Width = 640;
    public const int Height = 360;
    private const float Margin = 24;
    private const float PlotTop = 112;
    private const float Baseline = 292;
    private const float MaxBars = 8;

    public byte[] RenderPng(PulseChartPicture picture)
    {
        ArgumentNullException.ThrowIfNull(picture);
        var replaced = 0;
        string Printable(string? text)
        {
            var printable = GlyphCoverage.Printable(text ?? "", out var count);
            replaced += count;
            return printable;
        }

        var title = Printable(picture.Title);
        var axis = Printable(picture.AxisLabel);
        var footer = Printable(picture.Footer);
        var bars = picture.Bars.Take((int)MaxBars).Select(b => (Label: Printable(b.Label), b.Count, Value: Printable(b.ValueText))).ToList();
        if (replaced > 0)
        {
            Log.ChartGlyphsReplaced(logger, picture.FileName, replaced);
        }

        var info = new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var bitmap = new SKBitmap(info);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(CardPalette.Background);
            using var painter = new CardPainter(canvas);
            painter.Text(title, Margin, 44, Width - (2 * Margin), 22, CardPalette.Text, bold: true);
            painter.Text(axis, Margin, 72, Width - (2 * Margin), 14, CardPalette.Secondary);
            DrawBars(painter, bars);
            painter.Text(footer, Margin, Height - 20, Width - (2 * Margin), 12, CardPalette.Secondary);
        }

        return PngFile.Encode(bitmap);
    }

    private static void DrawBars(CardPainter painter, List<(string Label, int? Count, string Value)> bars)
    {
        var canvas = painter.Canvas;
        canvas.DrawRect(Margin, Baseline, Width - (2 * Margin), 1, painter.Paint(CardPalette.Tick));
        if (bars.Count == 0)
        {
            return;
        }

        var slot = (Width - (2 * Margin)) / bars.Count;
        var barWidth = slot * 0.6f;
        var highest = Math.Max(1, bars.Max(b => b.Count ?? 0));
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, count, value) = bars[i];
            var centre = Margin + (slot * (i + 0.5f));
            var top = Baseline;
            if (count is > 0 and { } drawn)
            {
                top = Baseline - ((Baseline - PlotTop) * drawn / highest);
                canvas.DrawRect(centre - (barWidth / 2), top, barWidth, Baseline - top, painter.Paint(CardPalette.Own));
            }

            // A figure not drawn has its words on the baseline, in grey, so the empty place is explained.
            painter.Text(value, centre, top - 8, slot - 4, count is null ? 12 : 15, count is null ? CardPalette.Secondary : CardPalette.Text, bold: count is not null, SKTextAlign.Center);
            painter.Text(label, centre, Baseline + 22, slot - 4, 15, CardPalette.Text, align: SKTextAlign.Center);
        }
    }
}
