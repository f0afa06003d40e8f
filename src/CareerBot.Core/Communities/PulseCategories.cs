using CareerBot.Core.Conversations;

namespace CareerBot.Core.Communities;

/// <summary>The category names a pulse counts in; "none" is a question not answered yet.</summary>
public static class PulseCategories
{
    public const string None = "none";

    public static IReadOnlyList<string> WorryLevels { get; } = ["1", "2", "3", "4", "5", None];

    public static IReadOnlyList<string> Goals { get; } = [.. Enum.GetNames<CareerGoal>(), None];
}
