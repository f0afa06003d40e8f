using CareerBot.Core.Occupations;

namespace CareerBot.Core.Understanding;

/// <summary>The candidates found for a message, best first, and the phrase of the message they were found in.</summary>
public sealed record JobSearch(IReadOnlyList<TitleMatch> Matches, string Phrase)
{
    public static JobSearch None { get; } = new([], string.Empty);

    public bool Found => Matches.Count > 0;

    /// <summary>One candidate the matcher is sure of: figures may be shown without asking "did you mean".</summary>
    public bool IsConfident => Found && Matches[0].IsConfident;
}
