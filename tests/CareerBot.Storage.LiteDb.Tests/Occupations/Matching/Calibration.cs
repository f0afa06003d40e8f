using CareerBot.Core.Occupations;

namespace CareerBot.Storage.LiteDb.Tests.Occupations.Matching;

/// <summary>How often a confident first match is right (precision) and how often the first match is confident (coverage).</summary>
internal sealed record Calibration(int Count, int Confident, int ConfidentRight, IReadOnlyList<string> Wrong)
{
    public double Precision => Confident == 0 ? 1 : (double)ConfidentRight / Confident;

    public double Coverage => (double)Confident / Count;

    public static Calibration Measure(ITitleMatcher matcher, IReadOnlyList<EvaluationCase> cases)
    {
        var confident = 0;
        var right = 0;
        var wrong = new List<string>();
        foreach (var item in cases)
        {
            var matches = matcher.Match(item.Text, 3);
            if (matches.Count == 0 || !matches[0].IsConfident)
            {
                continue;
            }

            confident++;
            if (item.Accepts(matches[0].Soc))
            {
                right++;
            }
            else
            {
                wrong.Add($"{item.Text} → {matches[0].Soc}");
            }
        }

        return new Calibration(cases.Count, confident, right, wrong);
    }

    public override string ToString() =>
        $"n={Count} confident {Coverage:P1}, right when confident {Precision:P1}; wrong: {string.Join("; ", Wrong)}";
}
