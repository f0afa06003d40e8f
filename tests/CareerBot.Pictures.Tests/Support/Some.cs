using CareerBot.Core.Pictures;

namespace CareerBot.Pictures.Tests.Support;

/// <summary>Risk card pictures as the assessment writes them, in English and Dutch, with one or two jobs.</summary>
internal static class Some
{
    public static RiskCardPicture English(bool target = true) => new()
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
        Moves =
        [
            "Technical Writers — exposure 0.70, wage +$2,140 (US figures)",
            "Editors — growth −4.1% (US outlook 2023–2033)",
            "Public Relations Specialists — exposure 0.61, growth +6.3%",
        ],
        Footer = "Estimates about tasks, not verdicts about people. Sources: /sources",
        AltText = "Risk card: Writers and Authors compared with Marriage and Family Therapists on three scales.",
        FileName = "risk-card-27-3043.png",
    };

    public static RiskCardPicture Dutch(bool target = true) => new()
    {
        Title = target ? "Redacteur → Bakker" : "Redacteur",
        Jobs = target ? ["Redacteur", "Bakker"] : ["Redacteur"],
        Scales =
        [
            Scale("Automatiseringsrisico", "Frey & Osborne (2013)", "laag", "hoog", target, (0.055, "5,5%"), (0.89, "89%")),
            Scale("Blootstelling aan generatieve AI", "Eloundou e.a. (2024)", "laag", "hoog", target, (0.87, "0,87"), (0.06, "0,06")),
            Scale("Blootstelling aan generatieve AI (Europa)", "ILO (2025)", "laag", "hoog", target, (0.61, "0,61"), (0.12, "0,12")),
        ],
        MovesHeading = "Stappen om te bekijken",
        Moves =
        [
            "Coördinator communicatie — loon €3.450 → €3.900, ’s avonds studeren",
            "Hulp bij omscholing: UWV en Leerwerkloket — één gesprek is gratis",
            "Naïeve vraag? Nee: ‘ideeën’ voor een café — groei ü ë é ï",
        ],
        Footer = "Schattingen over taken, geen oordeel over mensen — lonen en groei zijn Amerikaanse cijfers.",
        AltText = "Risicokaart: redacteur vergeleken met bakker op drie schalen.",
        FileName = "risk-card-27-3041.png",
    };

    public static RiskCardScale Scale(string label, string source, string low, string high, bool target, (double? Value, string Text) own, (double? Value, string Text) other) => new()
    {
        Label = label,
        Source = source,
        Low = low,
        High = high,
        Values = target ? [own.Value, other.Value] : [own.Value],
        ValueTexts = target ? [own.Text, other.Text] : [own.Text],
    };

    /// <summary>Every string a picture carries, as the renderer receives it.</summary>
    public static IEnumerable<string> Texts(RiskCardPicture picture) =>
        new[] { picture.Title, picture.MovesHeading ?? "", picture.Footer, picture.AltText, picture.FileName }
            .Concat(picture.Jobs)
            .Concat(picture.Moves)
            .Concat(picture.Scales.SelectMany(scale => new[] { scale.Label, scale.Source, scale.Low, scale.High }.Concat(scale.ValueTexts)));
}
