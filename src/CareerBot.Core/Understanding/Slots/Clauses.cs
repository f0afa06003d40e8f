using System.Text.RegularExpressions;

namespace CareerBot.Core.Understanding.Slots;

/// <summary>
/// Splits a chat message into the parts that may name the person's own job: clauses at punctuation and at joining words
/// ("and I lost two clients", "until they brought in robots", "maar ik…"), leaving out clauses about someone else
/// ("my husband is a truck driver") and the "like I said" that people put before an answer they already gave.
/// </summary>
internal static partial class Clauses
{
    private const int MaxPhrases = 6;

    [GeneratedRegex(@" (?:and|but|until|till|because|cause|so|since|although|though|while|when|after|before|en|maar|tot|totdat|omdat|want|dus|sinds|hoewel|terwijl|toen|nadat|voordat|alleen) ", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Joiner();

    [GeneratedRegex(@"^(?:my (?:husband|wife|partner|dad|mum|mom|father|mother|son|daughter|brother|sister|friend|boss|manager|colleague|mate|boyfriend|girlfriend|kids?)|he|she|they|his|her|their|mijn (?:man|vrouw|vriend|vriendin|vader|moeder|zoon|dochter|broer|zus|baas|collega|partner|leidinggevende)|hij|zij|ze|hun)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SomeoneElse();

    [GeneratedRegex(@"(?<![a-z0-9])(?:like i said|as i said|i (?:already )?(?:said|told you)|i just said|told you|zoals ik (?:al )?zei|ik zei (?:het )?al|ik zei toch|zei ik al)(?![a-z0-9])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Repeated();

    public static bool SaysRepeated(string normalized) => Repeated().IsMatch(normalized);

    /// <summary>The whole text first, then each clause about the person themself, shortest noise removed.</summary>
    public static IReadOnlyList<string> JobPhrases(string normalized)
    {
        var text = Repeated().Replace(normalized, " | ");
        var clauses = Joiner().Replace(text, " | ")
            .Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(clause => !SomeoneElse().IsMatch(clause))
            .ToList();
        var whole = string.Join(' ', text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        var phrases = new List<string>();
        if (whole.Length > 0 && clauses.Count > 0)
        {
            phrases.Add(whole);
        }

        phrases.AddRange(clauses.Where(c => c != whole));
        return [.. phrases.Distinct(StringComparer.Ordinal).Take(MaxPhrases)];
    }
}
