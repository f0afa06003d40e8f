using CareerBot.Core.Occupations;

namespace CareerBot.Core.Conversations.Flow.Answer;

/// <summary>
/// Two occupations' figures side by side, each difference judged against a margin below which it is too close to matter:
/// 5 percentage points of automation probability, 0.05 of exposure, 5% of wage, 1 point of projected growth.
/// </summary>
internal sealed record FigureChanges(Change Automation, Change Exposure, Change Wage, Change Growth)
{
    public const double AutomationMargin = 0.05;
    public const double ExposureMargin = 0.05;
    public const double WageMargin = 0.05;
    public const double GrowthMargin = 1.0;

    /// <summary>The wage difference in dollars a year (second minus first), when both are known.</summary>
    public double? WageDifference { get; init; }

    /// <summary>The wage difference as a share of the first wage, when both are known.</summary>
    public double? WageRatio { get; init; }

    public static FigureChanges Between(Occupation first, Occupation second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        double? wageDifference = first.MedianWage is { } a && second.MedianWage is { } b ? b - a : null;
        double? wageRatio = wageDifference is { } d && first.MedianWage is > 0 ? d / first.MedianWage.Value : null;
        return new FigureChanges(
            Compare(first.AutomationProbability, second.AutomationProbability, AutomationMargin),
            Compare(first.GenAiExposure, second.GenAiExposure, ExposureMargin),
            wageRatio is { } ratio ? Judge(ratio, WageMargin) : Change.Unknown,
            Compare(first.GrowthPercent, second.GrowthPercent, GrowthMargin))
        {
            WageDifference = wageDifference,
            WageRatio = wageRatio,
        };
    }

    public static Change Compare(double? first, double? second, double margin) =>
        first is { } a && second is { } b ? Judge(b - a, margin) : Change.Unknown;

    private static Change Judge(double difference, double margin) =>
        Math.Abs(difference) < margin ? Change.AboutTheSame : difference < 0 ? Change.Lower : Change.Higher;
}
