using System.Text.RegularExpressions;

namespace CareerBot.Core.Conversations.Flow;

/// <summary>Short requests typed instead of pressing a button: "more", "meer info", "another story", "nog een verhaal".</summary>
internal static partial class TypedWords
{
    /// <summary>"More" under a card, typed.</summary>
    public static bool AsksForMore(string text) => More().IsMatch(text.Trim());

    /// <summary>One more story, typed.</summary>
    public static bool AsksForStory(string text) => Story().IsMatch(text.Trim());

    [GeneratedRegex(@"^(more|more (details|info|please)|tell me more|meer|meer (info|informatie|details|graag)|vertel meer)[.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex More();

    [GeneratedRegex(@"^((another|one more|a|the next|next) (story|one)|more stories|(tell me )?another (story|one)( please)?|(nog )?(een|één)? ?(ander )?verhaal( graag)?|nog een( verhaal)?( graag)?|meer verhalen|ander verhaal)[.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Story();
}
