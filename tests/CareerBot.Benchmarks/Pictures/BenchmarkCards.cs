using CareerBot.Core.Pictures;

namespace CareerBot.Benchmarks.Pictures;

/// <summary>Four risk cards as the assessment writes them: English and Dutch, the own job alone and with a target.</summary>
public static class BenchmarkCards
{
    public static IReadOnlyList<(string Name, RiskCardPicture Picture)> All { get; } =
    [
        ("en, one job", English(target: false)),
        ("en, two jobs", English(target: true)),
        ("nl, one job", Dutch(target: false)),
        ("nl, two jobs", Dutch(target: true)),
    ];

    private static RiskCardPicture English(bool target) => new()
    {
        Title = target ? "Writers and Authors → Marriage and Family Therapists" : "Writers and Authors",
        Jobs = target ? ["Writers and Authors", "Marriage and Family Therapists"] : ["Writers and Authors"],
        Scales =
        [
            Scale("Automation risk", "Frey & Osborne (2013)", "low", "high", target, (0.038, "3.8%"), (0.019, "1.9%")),
            Scale("Exposure to generative AI", "Eloundou et al. (2024)", "low", "high", target, (0.82, "0.82"), (0.33, "0.33")),
            Scale("Generative-AI exposure (Europe)", "ILO (2025)", "low", "high", target, (0.57, "0.57"), (null, "no figure")),
        ],
        MovesHeading = "Moves worth a look",
        Moves = ["Technical Writers — exposure 0.70, wage +$2,140 (US figures)", "Editors — growth −4.1% (US outlook 2023–2033)", "Public Relations Specialists — exposure 0.61"],
        Footer = "Estimates about tasks, not verdicts about people. Sources: /sources",
        AltText = "Risk card.",
        FileName = "risk-card-27-3043.png",
    };

    private static RiskCardPicture Dutch(bool target) => new()
    {
        Title = target ? "Arbo-coördinator → Elektricien" : "Arbo-coördinator",
        Jobs = target ? ["Arbo-coördinator", "Elektricien"] : ["Arbo-coördinator"],
        Scales =
        [
            Scale("Automatiseringsrisico", "Frey & Osborne (2013)", "laag", "hoog", target, (0.31, "31%"), (0.15, "15%")),
            Scale("Blootstelling aan generatieve AI", "Eloundou e.a. (2024)", "laag", "hoog", target, (0.52, "0,52"), (0.18, "0,18")),
            Scale("Blootstelling aan generatieve AI (Europa)", "ILO (2025)", "laag", "hoog", target, (0.44, "0,44"), (0.09, "0,09")),
        ],
        MovesHeading = "Stappen om te bekijken",
        Moves = ["Elektricien — loon $83.910 → $62.350 (Amerikaanse cijfers)", "Hulp bij omscholing: UWV en Leerwerkloket", "Veiligheidskundige — groei +13% (VS)"],
        Footer = "Schattingen over taken, geen oordeel over mensen — lonen en groei zijn Amerikaanse cijfers.",
        AltText = "Risicokaart.",
        FileName = "risk-card-19-5011.png",
    };

    private static RiskCardScale Scale(string label, string source, string low, string high, bool target, (double? Value, string Text) own, (double? Value, string Text) other) => new()
    {
        Label = label,
        Source = source,
        Low = low,
        High = high,
        Values = target ? [own.Value, other.Value] : [own.Value],
        ValueTexts = target ? [own.Text, other.Text] : [own.Text],
    };
}
