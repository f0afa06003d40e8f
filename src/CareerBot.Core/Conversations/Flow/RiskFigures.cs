using CareerBot.Core.Texts;

namespace CareerBot.Core.Conversations.Flow;

/// <summary>How figures are said: bands by each source's own thresholds, and numbers in the person's language.</summary>
internal static class RiskFigures
{
    /// <summary>Frey &amp; Osborne's own thresholds: below 0.3 low, 0.3–0.7 medium, above 0.7 high.</summary>
    public static string AutomationBand(double probability) => probability < 0.3 ? "low" : probability <= 0.7 ? "medium" : "high";

    /// <summary>Eloundou β: below 0.3 low, 0.3–0.6 medium, above 0.6 high.</summary>
    public static string ExposureBand(double beta) => beta < 0.3 ? "low" : beta <= 0.6 ? "medium" : "high";

    /// <summary>Projected employment change: 3.6 → "+3.6%", -5.5 → "-5.5%", 0 → "0%" (culture-aware).</summary>
    public static string Growth(Language language, double percent) =>
        (percent > 0 ? "+" : string.Empty) + percent.ToString("0.#", TextCatalog.Culture(language)) + "%";

    /// <summary>The automation probability as a percentage, or "no figure".</summary>
    public static string AutomationOrUnknown(Turn turn, double? automation) =>
        automation is { } probability ? Percent(turn.Language, probability) : turn.Get("value.unknown");

    /// <summary>The exposure score with two decimals, or "no figure".</summary>
    public static string ExposureOrUnknown(Turn turn, double? exposure) =>
        exposure is { } beta ? Score(turn.Language, beta) : turn.Get("value.unknown");

    /// <summary>A 0–1 score as it is said: two decimals at most (0.8771 → "0.88", 0.5 → "0.5").</summary>
    public static string Score(Language language, double score) => Decimal(language, Math.Round(score, 2));

    /// <summary>0.038 → "3.8%", 0.0028 → "0.28%", 0.89 → "89%" (culture-aware decimal separator).</summary>
    public static string Percent(Language language, double fraction)
    {
        var percent = fraction * 100;
        var format = percent < 1 ? "0.##" : percent < 10 ? "0.#" : "0";
        return percent.ToString(format, TextCatalog.Culture(language)) + "%";
    }

    public static string Decimal(Language language, double value) => value.ToString("0.###", TextCatalog.Culture(language));
}
