namespace CareerBot.Core.Pictures;

/// <summary>One bar of a <see cref="PulseChartPicture"/>: its label ("3"), its height (null: not drawn) and the text above it ("7", "fewer than 5").</summary>
public sealed record PulseChartBar(string Label, int? Count, string ValueText);
