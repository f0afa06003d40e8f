using CareerBot.Core.Pictures;

namespace CareerBot.Core.Communities;

/// <summary>The worry levels of a pulse as a bar chart picture; none when there is nothing to show.</summary>
internal static class PulseChart
{
    public const string FileName = "community-pulse.png";

    public static PulseChartPicture? Build(CommunityPulse pulse, PulseWording words)
    {
        var levels = pulse.Worry.Where(f => f.Category != PulseCategories.None).ToList();
        if (pulse.People is null || levels.Count == 0 || levels.All(f => f.Hiding == FigureHiding.Hidden))
        {
            return null;
        }

        var (from, to) = words.Dates(pulse.Window);
        return new PulseChartPicture
        {
            Title = words.Format("pulse.chart.title", from, to),
            AxisLabel = words.Text("pulse.chart.axis"),
            Bars = [.. levels.Select(f => new PulseChartBar(f.Category, f.Count, words.Count(f)))],
            Footer = words.Text("pulse.chart.footer"),
            AltText = words.Text("pulse.chart.alt"),
            FileName = FileName,
        };
    }
}
