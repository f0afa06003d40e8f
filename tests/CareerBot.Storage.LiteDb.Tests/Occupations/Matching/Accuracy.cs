using CareerBot.Core.Occupations;

namespace CareerBot.Storage.LiteDb.Tests.Occupations.Matching;

/// <summary>Top-1 and top-3 accuracy of a matcher over evaluation cases, with the misses for the failure message.</summary>
internal sealed record Accuracy(int Count, double Top1, double Top3, IReadOnlyList<string> Misses)
{
    public static Accuracy Measure(ITitleMatcher matcher, IReadOnlyList<EvaluationCase> cases)
    {
        var top1 = 0;
        var top3 = 0;
        var misses = new List<string>();
        foreach (var item in cases)
        {
            var matches = matcher.Match(item.Text, 3);
            top1 += matches.Count > 0 && item.Accepts(matches[0].Soc) ? 1 : 0;
            if (matches.Any(m => item.Accepts(m.Soc)))
            {
                top3++;
            }
            else
            {
                misses.Add($"{item.Text} → [{string.Join(", ", matches.Select(m => m.Soc))}]");
            }
        }

        return new Accuracy(cases.Count, (double)top1 / cases.Count, (double)top3 / cases.Count, misses);
    }

    public override string ToString() =>
        $"n={Count} top-1 {Top1:P1} top-3 {Top3:P1}; misses: {string.Join("; ", Misses.Take(40))}";
}
