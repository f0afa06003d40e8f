namespace CareerBot.Core.Tests.Understanding;

/// <summary>The rows of a TAB-separated evaluation file copied next to the tests, comments skipped.</summary>
internal static class EvaluationFile
{
    public static IEnumerable<string[]> Rows(string file) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Understanding", "Evaluation", file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'));
}
