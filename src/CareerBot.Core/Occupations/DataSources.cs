using System.Text;

namespace CareerBot.Core.Occupations;

/// <summary>Every source behind CareerBot's numbers, titles and stories, for <c>/sources</c> and the README.</summary>
public static class DataSources
{
    /// <summary>Said with every score: the figures are about tasks, not people.</summary>
    public const string Caveat =
        "These figures estimate how exposed the tasks of an occupation are; they are not verdicts about a person or a prediction of their future.";

    public static IReadOnlyList<DataSource> All { get; } =
    [
        new("frey-osborne", "Frey & Osborne (2013)", "probability of computerisation per occupation",
            "Frey & Osborne (2017), \"The future of employment\", Technological Forecasting and Social Change 114.")
        {
            Meaning = "The estimated probability that an occupation's tasks can be computerised \"in a decade or two\". "
                + "It predates large language models and rates writers and lawyers low.",
        },
        new("eloundou", "Eloundou et al. (2024), \"GPTs are GPTs\"", "exposure to large language models (GPT-4-rated)",
            "Eloundou, Manning, Mishkin & Rock (2024), \"GPTs are GPTs\", Science (data MIT-licensed).")
        {
            Meaning = "The share of an occupation's tasks exposed to language models. Exposure can mean help rather than replacement.",
        },
        new("ilo", "ILO, Gmyrek et al. (2025)", "generative-AI exposure per ISCO-08 occupation group",
            "Gmyrek et al. (2025), ILO Working Paper 140, CC BY 4.0.")
        {
            Meaning = "Exposure of an occupation's tasks to generative AI (0 to 1, with a gradient). Exposure can mean help rather than replacement.",
        },
        new("felten", "Felten, Raj & Seamans (2021, 2023)", "AI occupational exposure",
            "Felten, Raj & Seamans (2021, 2023), AI occupational exposure.")
        {
            Meaning = "Exposure of an occupation to AI and to language models, standardised (mean 0, standard deviation 1).",
        },
        new("microsoft", "Microsoft, Tomlinson et al. (2025)", "AI applicability per occupation",
            "Tomlinson et al. (2025), Microsoft, \"Working with AI\", CC BY 4.0.")
        {
            Meaning = "How applicable AI is to an occupation's work, measured from observed use of Copilot in 2024.",
        },
        new("anthropic", "Anthropic Economic Index", "observed AI use per occupation",
            "Anthropic Economic Index (CC BY 4.0).")
        {
            Meaning = "The share of an occupation's tasks observed in use of the Claude assistant.",
        },
        new("onet", "O*NET 29.3", "job titles for matching, occupation descriptions and related occupations",
            "Includes information from the O*NET 29.3 Database by USDOL/ETA, used under CC BY 4.0. O*NET® is a trademark of USDOL/ETA."),
        new("esco", "ESCO v1.2.1", "Dutch job titles and their ISCO-08 groups",
            "ESCO © European Union, reused under Commission Decision 2011/833/EU."),
        new("bls", "U.S. Bureau of Labor Statistics", "employment outlook 2024–2034, May 2024 wages, SOC 2018 codes and crosswalks",
            "U.S. Bureau of Labor Statistics (public domain)."),
        new("oecd-2016", "Arntz, Gregory & Zierahn (OECD 2016)", "context for the automation figures (cited, no data used)",
            "Arntz, Gregory & Zierahn (2016), OECD.")
        {
            Meaning = "A task-based re-analysis that found about 9% of jobs highly automatable, against 47% on the occupation approach.",
        },
        new("article-2026-02-11", "Dutch news article, 11 February 2026", "the real people's stories and Carl Benedikt Frey's current view",
            "Stories retold from a Dutch news article of 11 February 2026; Dutch quotes are the article's, English quotes are our translation."),
    ];

    public static DataSource? Find(string id) => All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    /// <summary>The whole list as one plain-text message (no markup): name, use, meaning, credit line.</summary>
    public static string ToPlainText()
    {
        var text = new StringBuilder("Sources").Append('\n');
        foreach (var source in All)
        {
            text.Append('\n').Append("- ").Append(source.Name).Append(": ").Append(source.UsedFor).Append('.');
            if (source.Meaning is not null)
            {
                text.Append(' ').Append(source.Meaning);
            }

            text.Append('\n').Append("  ").Append(source.Attribution);
        }

        return text.Append("\n\n").Append(Caveat).ToString();
    }
}
