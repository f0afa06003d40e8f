using System.Text.RegularExpressions;

namespace CareerBot.Core.Understanding.Slots;

/// <summary>
/// The part of a chat message that may name the person's own job: the message without the "like I said" people put before
/// an answer they already gave. Its clause marks stay, as commas, so the matcher, which finds the clause that names the
/// job ("I'm a…", "ik ben…") itself, reads it once.
/// </summary>
internal static partial class Clauses
{
    [GeneratedRegex(@"(?<![a-z0-9])(?:like i said|as i said|i (?:already )?(?:said|told you)|i just said|told you|zoals ik (?:al )?zei|ik zei (?:het )?al|ik zei toch|zei ik al)(?![a-z0-9])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Repeated();

    public static bool SaysRepeated(string normalized) => Repeated().IsMatch(normalized);

    /// <summary>The clauses, comma-separated; empty when nothing is left.</summary>
    public static IReadOnlyList<string> JobPhrases(string normalized)
    {
        var clauses = Repeated().Replace(normalized, " | ").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return clauses.Length == 0 ? [] : [string.Join(", ", clauses)];
    }
}
