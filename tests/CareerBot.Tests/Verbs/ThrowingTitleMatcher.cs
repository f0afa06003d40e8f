using CareerBot.Core.Occupations;

namespace CareerBot.Tests.Verbs;

/// <summary>Throws for the text "boom"; otherwise asks the inner matcher.</summary>
internal sealed class ThrowingTitleMatcher(ITitleMatcher inner) : ITitleMatcher
{
    public IReadOnlyList<TitleMatch> Match(string text, int maxResults) =>
        text == "boom" ? throw new InvalidOperationException("boom") : inner.Match(text, maxResults);
}
