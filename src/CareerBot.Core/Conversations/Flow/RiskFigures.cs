using System.Globalization;
using CareerBot.Core.Occupations;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Conversations.Flow;

/// <summary>Turns an occupation's figures into plain sentences: band, number and source, never an invented value.</summary>
internal sealed class RiskFigures(IOccupationCatalog occupations)
{
    /// <summary>Frey &amp; Osborne's own thresholds: below 0.3 low, 0.3–0.7 medium, above 0.7 high.</summary>
    public static string AutomationBand(double probability) => probability < 0.3 ? "low" : probability <= 0.7 ? "medium" : "high";

    /// <summary>Eloundou β: below 0.3 low, 0.3–0.6 medium, above 0.6 high.</summary>
    public static string ExposureBand(double beta) => beta < 0.3 ? "low" : beta <= 0.6 ? "medium" : "high";

    public IEnumerable<string> Lines(Turn turn, Occupation occupation, string? isco, string header = "assess.header")
    {
        yield return turn.Format(header, OccupationNames.Display(occupation, turn.Language));
        yield return occupation.AutomationProbability is { } probability
            ? turn.Format("assess.automation", turn.Get("assess.band." + AutomationBand(probability)), Percent(turn.Language, probability))
            : turn.Get("assess.automation.missing");
        yield return occupation.GenAiExposure is { } beta
            ? turn.Format("assess.genai", turn.Get("assess.band." + ExposureBand(beta)), Decimal(turn.Language, beta))
            : turn.Get("assess.genai.missing");
        if (occupations.For(occupation, isco) is { Score: { } score } ilo)
        {
            var title = turn.Language == Language.Dutch && ilo.TitleDutch is { Length: > 0 } dutch ? dutch : ilo.TitleEnglish;
            yield return turn.Format("assess.ilo", title, Decimal(turn.Language, score), IloGradient(turn, ilo.Gradient));
        }
    }

    public static IEnumerable<string> Outlook(Turn turn, Occupation occupation)
    {
        if (occupation.GrowthPercent is { } growth)
        {
            var sign = growth > 0 ? "+" : string.Empty;
            yield return turn.Format("assess.outlook", sign + growth.ToString("0.#", TextCatalog.Culture(turn.Language)) + "%");
        }

        if (occupation.MedianWage is { } wage)
        {
            yield return turn.Format("assess.wage", wage.ToString("#,0", TextCatalog.Culture(turn.Language)));
        }

        if (occupation.BlsGroupTitle is { } group && (occupation.GrowthPercent is not null || occupation.MedianWage is not null))
        {
            yield return turn.Format("assess.bls.group", group);
        }
    }

    /// <summary>Up to three related occupations whose automation probability is known and lower, most related first.</summary>
    public IReadOnlyList<Occupation> SaferRelated(Occupation occupation)
    {
        if (occupation.AutomationProbability is not { } own)
        {
            return [];
        }

        return [.. occupation.RelatedSocs
            .Select(occupations.Find)
            .OfType<Occupation>()
            .Where(related => related.AutomationProbability < own)
            .Take(3)];
    }

    /// <summary>The automation probability as a percentage, or "no figure".</summary>
    public static string AutomationOrUnknown(Turn turn, double? automation) =>
        automation is { } probability ? Percent(turn.Language, probability) : turn.Get("value.unknown");

    /// <summary>The exposure score with two decimals, or "no figure".</summary>
    public static string ExposureOrUnknown(Turn turn, double? exposure) =>
        exposure is { } beta ? Decimal(turn.Language, beta) : turn.Get("value.unknown");

    /// <summary>0.038 → "3.8%", 0.0028 → "0.28%", 0.89 → "89%" (culture-aware decimal separator).</summary>
    public static string Percent(Language language, double fraction)
    {
        var percent = fraction * 100;
        var format = percent < 1 ? "0.##" : percent < 10 ? "0.#" : "0";
        return percent.ToString(format, TextCatalog.Culture(language)) + "%";
    }

    public static string Decimal(Language language, double value) => value.ToString("0.###", TextCatalog.Culture(language));

    private static string IloGradient(Turn turn, string? gradient) =>
        gradient is null ? turn.Get("value.unknown") : turn.TryText("ilo." + gradient) ?? gradient.ToLower(CultureInfo.InvariantCulture);
}
