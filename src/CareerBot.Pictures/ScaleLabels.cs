using SkiaSharp;

namespace CareerBot.Pictures;

/// <summary>
/// The words around each track: the scale's name with its source and year, the low and high words at the ends, and each
/// job's value text (the own job's above the track, the target's below, so they never overlap; centred on the marker, or
/// on the track when there is no figure).
/// </summary>
internal static class ScaleLabels
{
    private const float SourceGap = 12;
    private const float MaxValueWidth = 260;

    public static void Draw(CardPainter painter, IReadOnlyList<CardScale> scales)
    {
        for (var index = 0; index < scales.Count; index++)
        {
            var scale = scales[index];
            var top = CardLayout.ScalesTop + index * CardLayout.ScaleHeight;
            DrawHeading(painter, scale, top + CardLayout.ScaleLabelBaseline);
            DrawEnds(painter, scale, CardLayout.TrackY(index) + CardLayout.EndWordSize * 0.36f);
            for (var job = 0; job < scale.Values.Count; job++)
            {
                DrawValue(painter, scale.Values[job], scale.ValueTexts[job], job, top + (job == 0 ? CardLayout.OwnValueBaseline : CardLayout.TargetValueBaseline));
            }
        }
    }

    private static void DrawHeading(CardPainter painter, CardScale scale, float baseline)
    {
        var labelWidth = painter.Measure(scale.Label, CardLayout.LabelSize, bold: true);
        var sourceWidth = painter.Measure(scale.Source, CardLayout.SourceSize);
        var room = CardLayout.ContentWidth - SourceGap;
        var labelRoom = labelWidth + sourceWidth <= room ? labelWidth : Math.Max(room - sourceWidth, room * 0.55f);
        var drawn = painter.Text(scale.Label, CardLayout.Margin, baseline, labelRoom, CardLayout.LabelSize, CardPalette.Text, bold: true);
        var sourceX = CardLayout.Margin + drawn + SourceGap;
        painter.Text(scale.Source, sourceX, baseline, CardLayout.Width - CardLayout.Margin - sourceX, CardLayout.SourceSize, CardPalette.Secondary);
    }

    private static void DrawEnds(CardPainter painter, CardScale scale, float baseline)
    {
        var room = CardLayout.TrackLeft - CardLayout.TrackEndGap - CardLayout.Margin;
        painter.Text(scale.Low, CardLayout.TrackLeft - CardLayout.TrackEndGap, baseline, room, CardLayout.EndWordSize, CardPalette.Secondary, align: SKTextAlign.Right);
        painter.Text(scale.High, CardLayout.TrackRight + CardLayout.TrackEndGap, baseline, room, CardLayout.EndWordSize, CardPalette.Secondary);
    }

    private static void DrawValue(CardPainter painter, double? value, string text, int job, float baseline)
    {
        var width = Math.Min(painter.Measure(text, CardLayout.ValueSize, bold: value is not null), MaxValueWidth);
        var centre = value is { } v ? CardLayout.TrackX(v) : (CardLayout.TrackLeft + CardLayout.TrackRight) / 2;
        centre = Math.Clamp(centre, CardLayout.Margin + width / 2, CardLayout.Width - CardLayout.Margin - width / 2);
        var color = value is null ? CardPalette.Secondary : CardPalette.JobText(job);
        painter.Text(text, centre, baseline, MaxValueWidth, CardLayout.ValueSize, color, bold: value is not null, align: SKTextAlign.Center);
        if (value is null)
        {
            // Whose figure is missing: the job's symbol, small, before the words.
            painter.JobSymbol(job, centre - width / 2 - 10, baseline - CardLayout.ValueSize * 0.36f, scale: 0.6f);
        }
    }
}
