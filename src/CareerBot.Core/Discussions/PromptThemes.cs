namespace CareerBot.Core.Discussions;

/// <summary>The article's themes a prompt may be tied to; each has a title in the text catalog ("weekly.theme.{id}").</summary>
public static class PromptThemes
{
    public static IReadOnlyList<string> All { get; } =
    [
        "starter-jobs",
        "retraining",
        "pay-and-identity",
        "human-work",
        "working-with-ai",
        "forced-choices",
    ];

    public static bool IsKnown(string theme) => All.Contains(theme, StringComparer.Ordinal);
}
