using ScottPlot;
using SkiaSharp;

namespace CareerBot.Pictures;

/// <summary>
/// The figures of a card, drawn by ScottPlot: one 0–1 track per scale with ticks at 0, ½ and 1, and a marker for each
/// job that has a value (the target's hollow diamond under the own job's filled circle, so equal values stay visible).
/// The plot is frameless and drawn into its own rectangle of the card's canvas; its x axis maps 0–1 onto
/// <see cref="CardLayout.TrackLeft"/>–<see cref="CardLayout.TrackRight"/>, its y axis is the card's pixel rows.
/// </summary>
internal static class ScaleTracks
{
    private const float Overhang = 16; // room for a marker at 0 or 1: ScottPlot clips plottables to the data area
    private const double TickHalfHeight = 6;

    public static void Draw(SKCanvas canvas, IReadOnlyList<IReadOnlyList<double?>> values)
    {
        ScottPlotFonts.EnsureRegistered();
        using var plot = new Plot();
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        plot.FigureBackground.Color = Colors.Transparent;
        plot.DataBackground.Color = Colors.Transparent;
        plot.Layout.Frameless();
        plot.HideGrid();

        for (var scale = 0; scale < values.Count; scale++)
        {
            var y = -(double)CardLayout.TrackY(scale);
            AddTrack(plot, y);
            for (var job = values[scale].Count - 1; job >= 0; job--)
            {
                if (values[scale][job] is { } value)
                {
                    AddMarker(plot, value, y, job);
                }
            }
        }

        var trackWidth = CardLayout.TrackRight - CardLayout.TrackLeft;
        var left = CardLayout.TrackLeft - Overhang;
        var right = CardLayout.TrackRight + Overhang;
        var top = CardLayout.ScalesTop;
        var bottom = CardLayout.ScalesTop + values.Count * CardLayout.ScaleHeight;
        plot.Axes.SetLimits(-Overhang / trackWidth, 1 + Overhang / trackWidth, -bottom, -top);
        var area = new PixelRect(left, right, bottom, top);

        // ScottPlot renders a new plot twice (its first render always reports changed axis limits); on our transparent
        // background that would draw every anti-aliased edge twice. Settle the layout on a canvas that draws nothing.
        using (var settle = new SKNoDrawCanvas(CardLayout.Width, CardLayout.Height))
        {
            plot.Render(settle, area);
        }

        plot.Render(canvas, area);
    }

    private static void AddTrack(Plot plot, double y)
    {
        var track = plot.Add.Line(0, y, 1, y);
        track.LineWidth = 6;
        track.LineColor = CardPalette.ForPlot(CardPalette.Track);
        track.MarkerStyle = MarkerStyle.None;
        foreach (var x in (double[])[0, 0.5, 1])
        {
            var tick = plot.Add.Line(x, y - TickHalfHeight, x, y + TickHalfHeight);
            tick.LineWidth = 2;
            tick.LineColor = CardPalette.ForPlot(CardPalette.Tick);
            tick.MarkerStyle = MarkerStyle.None;
        }
    }

    private static void AddMarker(Plot plot, double value, double y, int job)
    {
        var x = Math.Clamp(value, 0, 1);
        if (job == 0)
        {
            plot.Add.Marker(x, y, MarkerShape.FilledCircle, CardLayout.OwnMarkerSize, CardPalette.ForPlot(CardPalette.Own));
            return;
        }

        // A white-filled diamond with a thick outline: hollow, yet the grey track does not show through it.
        var marker = plot.Add.Marker(x, y, MarkerShape.FilledDiamond, CardLayout.TargetMarkerSize, Colors.White);
        marker.MarkerStyle.OutlineColor = CardPalette.ForPlot(CardPalette.Target);
        marker.MarkerStyle.OutlineWidth = CardLayout.TargetMarkerLine;
    }
}
