using CareerBot.Core.Understanding;

namespace CareerBot.Core.Tests.Understanding;

/// <summary>One labelled line of a safety set: level, language, kind of case and the message as typed.</summary>
internal sealed record SafetyCase(SafetyLevel Level, string Language, string Kind, string Text)
{
    public static IReadOnlyList<SafetyCase> Load(string file) =>
    [
        .. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Understanding", "Evaluation", file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => new SafetyCase(Enum.Parse<SafetyLevel>(parts[0], ignoreCase: true), parts[1], parts[2], parts[3])),
    ];
}
