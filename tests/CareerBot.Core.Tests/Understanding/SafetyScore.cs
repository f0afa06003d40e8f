using System.Globalization;
using System.Text;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Tests.Understanding;

/// <summary>A confusion matrix over the four safety levels, with per-level precision and recall and the misses.</summary>
internal sealed class SafetyScore
{
    private readonly int[,] _counts = new int[4, 4];
    private readonly List<string> _misses = [];

    public static SafetyScore Measure(IEnumerable<SafetyCase> cases, Func<string, SafetyLevel> triage)
    {
        var score = new SafetyScore();
        foreach (var item in cases)
        {
            var predicted = triage(item.Text);
            score._counts[(int)item.Level, (int)predicted]++;
            if (predicted != item.Level)
            {
                score._misses.Add($"{item.Level}→{predicted} [{item.Kind}] {item.Text}");
            }
        }

        return score;
    }

    public int Count(SafetyLevel actual) => Enumerable.Range(0, 4).Sum(p => _counts[(int)actual, p]);

    public double Recall(SafetyLevel level) => Ratio(_counts[(int)level, (int)level], Count(level));

    public double Precision(SafetyLevel level) =>
        Ratio(_counts[(int)level, (int)level], Enumerable.Range(0, 4).Sum(a => _counts[a, (int)level]));

    /// <summary>Share of fear and ordinary messages that were treated as a crisis (the false alarms that matter).</summary>
    public double CalmAsCrisis =>
        Ratio(_counts[(int)SafetyLevel.Fear, (int)SafetyLevel.Crisis] + _counts[(int)SafetyLevel.None, (int)SafetyLevel.Crisis], Count(SafetyLevel.Fear) + Count(SafetyLevel.None));

    /// <summary>Crisis messages that got less than the crisis response.</summary>
    public IEnumerable<string> MissedCrises => _misses.Where(m => m.StartsWith("Crisis→", StringComparison.Ordinal));

    public IReadOnlyList<string> Misses => _misses;

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var level in Enum.GetValues<SafetyLevel>())
        {
            text.Append(CultureInfo.InvariantCulture, $"{level}: n={Count(level)} precision {Precision(level):P1} recall {Recall(level):P1}; ");
        }

        text.Append(CultureInfo.InvariantCulture, $"fear/none as crisis {CalmAsCrisis:P1}");
        return text.ToString();
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
