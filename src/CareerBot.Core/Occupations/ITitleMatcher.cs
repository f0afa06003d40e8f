namespace CareerBot.Core.Occupations;

/// <summary>Turns free text ("ik werk als hovenier", "electrican") into ranked occupations.</summary>
public interface ITitleMatcher
{
    /// <summary>Up to <paramref name="maxResults"/> confident candidates, best first, one per SOC code; empty when nothing is confident.</summary>
    IReadOnlyList<TitleMatch> Match(string text, int maxResults);
}
