using SkiaSharp;

namespace CareerBot.Pictures;

/// <summary>The top of a card: the title, then a legend naming each job next to its symbol, then a thin rule.</summary>
internal static class CardHeader
{
    private const float SymbolWidth = 22;
    private const float ItemGap = 28;

    public static void Draw(CardPainter painter, CardContent content)
    {
        painter.Text(content.Title, CardLayout.Margin, CardLayout.TitleBaseline, CardLayout.ContentWidth, CardLayout.TitleSize, CardPalette.Text, bold: true);
        DrawLegend(painter, content.Jobs);
        using var rule = new SKPaint { Color = CardPalette.Rule, StrokeWidth = 1 };
        painter.Canvas.DrawLine(CardLayout.Margin, CardLayout.RuleY, CardLayout.Width - CardLayout.Margin, CardLayout.RuleY, rule);
    }

    private static void DrawLegend(CardPainter painter, IReadOnlyList<string> jobs)
    {
        var widths = jobs.Select(job => painter.Measure(job, CardLayout.LegendSize)).ToArray();
        var room = CardLayout.ContentWidth - jobs.Count * SymbolWidth - (jobs.Count - 1) * ItemGap;
        var allowed = Allowed(widths, room);

        var x = CardLayout.Margin;
        var symbolY = CardLayout.LegendBaseline - CardLayout.LegendSize * 0.36f;
        for (var job = 0; job < jobs.Count; job++)
        {
            painter.JobSymbol(job, x + SymbolWidth / 2 - 3, symbolY, scale: 0.8f);
            x += SymbolWidth;
            x += painter.Text(jobs[job], x, CardLayout.LegendBaseline, allowed[job], CardLayout.LegendSize, CardPalette.JobText(job)) + ItemGap;
        }
    }

    /// <summary>Both names whole when they fit; else the shorter keeps its width (up to half) and the longer gets the rest.</summary>
    private static float[] Allowed(float[] widths, float room)
    {
        if (widths.Sum() <= room || widths.Length == 1)
        {
            return [.. widths.Select(width => Math.Min(width, room))];
        }

        var shorter = widths[0] <= widths[1] ? 0 : 1;
        var kept = Math.Min(widths[shorter], room / 2);
        return shorter == 0 ? [kept, room - kept] : [room - kept, kept];
    }
}
