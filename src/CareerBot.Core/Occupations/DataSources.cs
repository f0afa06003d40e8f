using System.Text;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Occupations;

/// <summary>Every source behind CareerBot's numbers, titles and stories, for <c>/sources</c> and the README.</summary>
public static class DataSources
{
    /// <summary>Said with every score: the figures are about tasks, not people.</summary>
    public const string Caveat =
        "These figures estimate how exposed the tasks of an occupation are; they are not verdicts about a person or a prediction of their future.";

    /// <summary><see cref="Caveat"/> in Dutch.</summary>
    public const string CaveatDutch =
        "Deze cijfers schatten hoe blootgesteld de taken van een beroep zijn; het zijn geen oordelen over een persoon en geen voorspelling van iemands toekomst.";

    public static IReadOnlyList<DataSource> All { get; } =
    [
        new("frey-osborne", "Frey & Osborne (2013)", "probability of computerisation per occupation",
            "Frey & Osborne (2017), \"The future of employment\", Technological Forecasting and Social Change 114.")
        {
            Meaning = "The estimated probability that an occupation's tasks can be computerised \"in a decade or two\". "
                + "It predates large language models and rates writers and lawyers low.",
            UsedForDutch = "kans op automatisering per beroep",
            MeaningDutch = "De geschatte kans dat de taken van een beroep \"binnen een à twee decennia\" door computers kunnen worden overgenomen. "
                + "Het onderzoek is van vóór de grote taalmodellen en schat schrijvers en advocaten laag in.",
        },
        new("eloundou", "Eloundou et al. (2024), \"GPTs are GPTs\"", "exposure to large language models (GPT-4-rated)",
            "Eloundou, Manning, Mishkin & Rock (2024), \"GPTs are GPTs\", Science (data MIT-licensed).")
        {
            Meaning = "The share of an occupation's tasks exposed to language models. Exposure can mean help rather than replacement.",
            NameDutch = "Eloundou e.a. (2024), \"GPTs are GPTs\"",
            UsedForDutch = "blootstelling aan grote taalmodellen (beoordeeld door GPT-4)",
            MeaningDutch = "Het deel van de taken van een beroep dat blootstaat aan taalmodellen. Blootstelling kan ook hulp betekenen in plaats van vervanging.",
        },
        new("ilo", "ILO, Gmyrek et al. (2025)", "generative-AI exposure per ISCO-08 occupation group and per task",
            "Gmyrek et al. (2025), ILO Working Paper 140, CC BY 4.0.")
        {
            Meaning = "Exposure of an occupation's tasks to generative AI (0 to 1, with a gradient). Exposure can mean help rather than replacement.",
            NameDutch = "ILO, Gmyrek e.a. (2025)",
            UsedForDutch = "blootstelling aan generatieve AI per ISCO-08-beroepsgroep en per taak (de taken door ons vertaald)",
            MeaningDutch = "Blootstelling van de taken van een beroep aan generatieve AI (0 tot 1, met een gradiënt). Blootstelling kan ook hulp betekenen in plaats van vervanging.",
        },
        new("felten", "Felten, Raj & Seamans (2021, 2023)", "AI occupational exposure",
            "Felten, Raj & Seamans (2021, 2023), AI occupational exposure.")
        {
            Meaning = "Exposure of an occupation to AI and to language models, standardised (mean 0, standard deviation 1).",
            UsedForDutch = "blootstelling van beroepen aan AI",
            MeaningDutch = "Blootstelling van een beroep aan AI en aan taalmodellen, gestandaardiseerd (gemiddelde 0, standaardafwijking 1).",
        },
        new("microsoft", "Microsoft, Tomlinson et al. (2025)", "AI applicability per occupation",
            "Tomlinson et al. (2025), Microsoft, \"Working with AI\", CC BY 4.0.")
        {
            Meaning = "How applicable AI is to an occupation's work, measured from observed use of Copilot in 2024.",
            NameDutch = "Microsoft, Tomlinson e.a. (2025)",
            UsedForDutch = "toepasbaarheid van AI per beroep",
            MeaningDutch = "Hoe goed AI toe te passen is op het werk in een beroep, gemeten aan het werkelijke gebruik van Copilot in 2024.",
        },
        new("anthropic", "Anthropic Economic Index", "observed AI use per occupation",
            "Anthropic Economic Index (CC BY 4.0).")
        {
            Meaning = "The share of an occupation's tasks observed in use of the Claude assistant.",
            UsedForDutch = "waargenomen AI-gebruik per beroep",
            MeaningDutch = "Het deel van de taken van een beroep dat terugkomt in het gebruik van de assistent Claude.",
        },
        new("onet", "O*NET 29.3", "job titles for matching, occupation descriptions and related occupations",
            "Includes information from the O*NET 29.3 Database by USDOL/ETA, used under CC BY 4.0. O*NET® is a trademark of USDOL/ETA.")
        {
            UsedForDutch = "Engelse functienamen om beroepen te herkennen, beroepsbeschrijvingen en verwante beroepen",
        },
        new("esco", "ESCO v1.2.1", "Dutch job titles and their ISCO-08 groups",
            "ESCO © European Union, reused under Commission Decision 2011/833/EU.")
        {
            UsedForDutch = "Nederlandse functienamen en hun ISCO-08-beroepsgroepen",
        },
        new("bls", "U.S. Bureau of Labor Statistics", "employment outlook 2024–2034, May 2024 wages, SOC 2018 codes and crosswalks",
            "U.S. Bureau of Labor Statistics (public domain).")
        {
            UsedForDutch = "Amerikaanse werkgelegenheidsvooruitzichten 2024–2034, Amerikaanse lonen van mei 2024, SOC 2018-codes en omzettingstabellen",
            AttributionDutch = "U.S. Bureau of Labor Statistics (publiek domein).",
        },
        new("oecd-2016", "Arntz, Gregory & Zierahn (OECD 2016)", "context for the automation figures (cited, no data used)",
            "Arntz, Gregory & Zierahn (2016), OECD.")
        {
            Meaning = "A task-based re-analysis that found about 9% of jobs highly automatable, against 47% on the occupation approach.",
            NameDutch = "Arntz, Gregory & Zierahn (OESO 2016)",
            UsedForDutch = "context bij de automatiseringscijfers (geciteerd, geen gegevens gebruikt)",
            MeaningDutch = "Een heranalyse op taakniveau die vond dat ongeveer 9% van de banen sterk automatiseerbaar is, tegenover 47% bij de benadering per beroep.",
            AttributionDutch = "Arntz, Gregory & Zierahn (2016), OESO.",
        },
        new("article-2026-02-11", "Dutch news article, 11 February 2026", "the real people's stories and Carl Benedikt Frey's current view",
            "Stories retold from a Dutch news article of 11 February 2026; Dutch quotes are the article's, English quotes are our translation.")
        {
            NameDutch = "Nederlands nieuwsartikel, 11 februari 2026",
            UsedForDutch = "de verhalen van echte mensen en de huidige kijk van Carl Benedikt Frey",
            AttributionDutch = "Verhalen naverteld uit een Nederlands nieuwsartikel van 11 februari 2026; de Nederlandse citaten zijn die van het artikel, de Engelse zijn onze vertaling.",
        },
    ];

    public static DataSource? Find(string id) => All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    /// <summary>The whole list as one plain-text message (no markup), in English: name, use, meaning, credit line.</summary>
    public static string ToPlainText() => ToPlainText(Language.English);

    /// <summary>The whole list as one plain-text message (no markup): name, use, meaning, credit line; licence credits stay as required.</summary>
    public static string ToPlainText(Language language)
    {
        var dutch = language == Language.Dutch;
        var text = new StringBuilder(dutch ? "Bronnen" : "Sources").Append('\n');
        foreach (var source in All)
        {
            var name = dutch ? source.NameDutch ?? source.Name : source.Name;
            text.Append('\n').Append("- ").Append(name).Append(": ").Append(dutch ? source.UsedForDutch : source.UsedFor).Append('.');
            if ((dutch ? source.MeaningDutch : source.Meaning) is { } meaning)
            {
                text.Append(' ').Append(meaning);
            }

            text.Append('\n').Append("  ").Append(dutch ? source.AttributionDutch ?? source.Attribution : source.Attribution);
        }

        return text.Append("\n\n").Append(dutch ? CaveatDutch : Caveat).ToString();
    }
}
