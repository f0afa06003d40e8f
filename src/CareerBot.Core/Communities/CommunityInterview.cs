using CareerBot.Core.Conversations;

namespace CareerBot.Core.Communities;

/// <summary>
/// What the pulse may know of one interview started from a community: the worry level, the SOC 2018 major group of the
/// current job ("27") and the goal, each null while not answered. Never a key, an id, a note or a word.
/// </summary>
public sealed record CommunityInterview(int? WorryLevel, string? MajorGroup, CareerGoal? Goal)
{
    /// <summary>The major group of a SOC 2018 code ("27-3043" → "27"), or null when there is no usable code.</summary>
    public static string? MajorGroupOf(string? soc) =>
        soc is { Length: >= 2 } && char.IsAsciiDigit(soc[0]) && char.IsAsciiDigit(soc[1]) ? soc[..2] : null;
}
