namespace CareerBot.Pictures;

/// <summary>
/// Points ScottPlot's font lookup at the shipped typeface, so any text ScottPlot draws uses it too: ScottPlot's default
/// resolver asks the system, and a container has no fonts.
/// </summary>
internal static class ScottPlotFonts
{
    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>Registers the shipped typeface with ScottPlot once per process; call before the first plot is drawn.</summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            // First in the list: ScottPlot asks its resolvers in order and keeps the first answer per name.
            ScottPlot.Fonts.FontResolvers.Insert(0, new ShippedFontResolver());
            ScottPlot.Fonts.Default = CardFonts.FamilyName;
            ScottPlot.Fonts.Sans = CardFonts.FamilyName;
            ScottPlot.Fonts.Serif = CardFonts.FamilyName;
            ScottPlot.Fonts.Monospace = CardFonts.FamilyName;
            _registered = true;
        }
    }
}
