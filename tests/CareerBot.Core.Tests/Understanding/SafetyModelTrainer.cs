using System.Collections.Frozen;
using CareerBot.Core.Understanding;
using CareerBot.Core.Understanding.Safety;

namespace CareerBot.Core.Tests.Understanding;

/// <summary>
/// Trains the <see cref="SafetyModel"/>: multinomial logistic regression, AdaGrad with L2, a fixed seed so the same sets
/// give the same weights, and the rarest features dropped so the shipped file stays small.
/// </summary>
internal static class SafetyModelTrainer
{
    private const int Epochs = 10;
    private const double LearningRate = 0.3;
    private const double L2 = 3e-3;
    private const int MinCount = 2;
    private const float KeepAbove = 0.01f;

    public static SafetyModel Train(IReadOnlyList<SafetyCase> cases, int seed = 20261206, double l2 = L2, int epochs = Epochs)
    {
        var examples = cases.Select(c => (Features: SafetyFeatures.Of(SafetyTriage.Prepare(c.Text)).ToArray(), Label: (int)c.Level)).ToList();
        var counts = examples.SelectMany(e => e.Features).GroupBy(f => f, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var weights = counts.Where(c => c.Value >= MinCount).ToDictionary(c => c.Key, _ => new double[SafetyModel.Levels], StringComparer.Ordinal);
        var squares = weights.ToDictionary(w => w.Key, _ => new double[SafetyModel.Levels], StringComparer.Ordinal);
        var bias = new double[SafetyModel.Levels];
        var biasSquares = new double[SafetyModel.Levels];
        var random = new Random(seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var (features, label) = examples[index];
                var known = features.Where(weights.ContainsKey).ToArray();
                var p = Softmax(bias, known, weights);
                for (var level = 0; level < SafetyModel.Levels; level++)
                {
                    var gradient = p[level] - (level == label ? 1 : 0);
                    biasSquares[level] += gradient * gradient;
                    bias[level] -= LearningRate * gradient / Math.Sqrt(biasSquares[level] + 1e-8);
                    foreach (var feature in known)
                    {
                        var g = gradient + (l2 * weights[feature][level]);
                        squares[feature][level] += g * g;
                        weights[feature][level] -= LearningRate * g / Math.Sqrt(squares[feature][level] + 1e-8);
                    }
                }
            }
        }

        var kept = weights
            .Where(w => w.Value.Any(v => Math.Abs(v) > KeepAbove))
            .ToFrozenDictionary(w => w.Key, w => w.Value.Select(v => (float)Math.Round(v, 4)).ToArray(), StringComparer.Ordinal);
        return new SafetyModel(kept, [.. bias.Select(b => (float)Math.Round(b, 4))]);
    }

    private static double[] Softmax(double[] bias, string[] features, Dictionary<string, double[]> weights)
    {
        var scores = (double[])bias.Clone();
        foreach (var feature in features)
        {
            var w = weights[feature];
            for (var level = 0; level < scores.Length; level++)
            {
                scores[level] += w[level];
            }
        }

        var max = scores.Max();
        var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
        var sum = exp.Sum();
        return [.. exp.Select(e => e / sum)];
    }
}
