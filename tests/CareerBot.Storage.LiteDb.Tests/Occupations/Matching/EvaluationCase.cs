namespace CareerBot.Storage.LiteDb.Tests.Occupations.Matching;

/// <summary>One evaluation line: a typed title and the SOC codes (or "25-2*" prefixes) that count as right.</summary>
internal sealed record EvaluationCase(string Text, IReadOnlyList<string> Accepted)
{
    public bool Accepts(string soc) =>
        Accepted.Any(a => a.EndsWith('*') ? soc.StartsWith(a[..^1], StringComparison.Ordinal) : soc == a);

    public static IReadOnlyList<EvaluationCase> Load(string file) =>
    [
        .. File.ReadLines(Path.Combine(SeedFiles.EvaluationFolder, file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => new EvaluationCase(parts[0], parts[1].Split('|'))),
    ];
}
