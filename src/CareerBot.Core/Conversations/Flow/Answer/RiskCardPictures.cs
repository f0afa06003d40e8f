using CareerBot.Core.Occupations;
using CareerBot.Core.Pictures;

namespace CareerBot.Core.Conversations.Flow.Answer;

/// <summary>The picture of an answer card: the same figures on 0–1 scales, each naming its source and year, and the moves.</summary>
internal static class RiskCardPictures
{
    public static RiskCardPicture Build(Turn turn, CardJobs jobs, IloExposure? mainIlo, IloExposure? secondIlo, IReadOnlyList<Move> moves)
    {
        var language = turn.Language;
        var occupations = jobs.Second is { } second ? new[] { jobs.Main, second } : [jobs.Main];
        var ilos = jobs.Second is null ? new[] { mainIlo } : [mainIlo, secondIlo];
        var names = occupations.Select(o => OccupationNames.Display(o, language)).ToList();
        var scales = new List<RiskCardScale>
        {
            Scale(turn, "picture.automation", "picture.source.automation", occupations.Select(o => o.AutomationProbability).ToList(), v => RiskFigures.Percent(language, v)),
            Scale(turn, "picture.genai", "picture.source.genai", occupations.Select(o => o.GenAiExposure).ToList(), v => RiskFigures.Score(language, v)),
        };
        if (ilos.Any(i => i?.Score is not null))
        {
            scales.Add(Scale(turn, "picture.ilo", "picture.source.ilo", ilos.Select(i => i?.Score).ToList(), v => RiskFigures.Score(language, v)));
        }

        var moveLines = moves.Select(m => MoveLine(turn, m)).ToList();
        var soc = string.Join('-', occupations.Select(o => o.Soc));
        return new RiskCardPicture
        {
            Title = turn.Get("picture.title"),
            Jobs = [.. jobs.SecondIsTarget ? names : names.AsEnumerable().Reverse()],
            Scales = jobs.SecondIsTarget ? scales : [.. scales.Select(Reversed)],
            MovesHeading = moveLines.Count > 0 ? turn.Get("picture.moves") : null,
            Moves = moveLines,
            Footer = turn.Get("picture.footer"),
            AltText = AltText(turn, names, scales),
            FileName = $"risk-card-{soc}.png",
        };
    }

    private static RiskCardScale Scale(Turn turn, string label, string source, IReadOnlyList<double?> values, Func<double, string> format) => new()
    {
        Label = turn.Get(label),
        Source = turn.Get(source),
        Low = turn.Get("assess.band.low"),
        High = turn.Get("assess.band.high"),
        Values = values,
        ValueTexts = [.. values.Select(v => v is { } value ? format(value) : turn.Get("value.unknown"))],
    };

    /// <summary>For "another job" the person's own job is drawn first, as everywhere else.</summary>
    private static RiskCardScale Reversed(RiskCardScale scale) =>
        scale with { Values = [.. scale.Values.Reverse()], ValueTexts = [.. scale.ValueTexts.Reverse()] };

    private static string MoveLine(Turn turn, Move move)
    {
        var language = turn.Language;
        var parts = new List<string>();
        if (move.Occupation.GenAiExposure is { } beta)
        {
            parts.Add(turn.Format("picture.move.genai", RiskFigures.Score(language, beta)));
        }

        if (move.Occupation.GrowthPercent is { } growth)
        {
            parts.Add(turn.Format("picture.move.growth", RiskFigures.Growth(language, growth)));
        }

        return OccupationNames.Display(move.Occupation, language) + (parts.Count > 0 ? ": " + string.Join(", ", parts) : string.Empty);
    }

    private static string AltText(Turn turn, IReadOnlyList<string> names, IReadOnlyList<RiskCardScale> scales)
    {
        var perJob = names.Select((name, i) => name + ": " + string.Join(", ", scales.Select(s => s.Label + " " + s.ValueTexts[i])));
        return turn.Get("picture.title") + ". " + string.Join(". ", perJob) + ".";
    }
}
