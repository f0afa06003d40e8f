using System.Text.RegularExpressions;

namespace CareerBot.Core.Conversations;

/// <summary>
/// Spots distress in English and Dutch (money trouble, panic, hopelessness, not coping, self-harm) by whole-word phrases
/// on normalised text. Job titles ("debt collector") and reassurances ("no need to panic") are removed first.
/// It errs towards a gentle signpost: a false alarm costs one kind message, a miss costs more.
/// </summary>
public sealed class DistressDetector : IDistressDetector
{
    /// <summary>Longer texts are checked on their first part only; platform messages are at most 4,096 characters.</summary>
    public const int MaxCheckedLength = 16_000;

    // Generous: the first match of a cold process on a busy machine must not time out.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);
    private static readonly Regex NotDistress = Build(DistressPhrases.NotDistress);

    private static readonly (DistressKind Kind, Regex Pattern)[] Kinds =
    [
        (DistressKind.SelfHarm, Build(DistressPhrases.SelfHarm)),
        (DistressKind.MoneyTrouble, Build(DistressPhrases.MoneyTrouble)),
        (DistressKind.Panic, Build(DistressPhrases.Panic)),
        (DistressKind.Hopeless, Build(DistressPhrases.Hopeless)),
        (DistressKind.CannotCope, Build(DistressPhrases.CannotCope)),
    ];

    public bool IsDistressed(string text) => Detect(text) != DistressKind.None;

    /// <summary>Every kind of distress the text shows; <see cref="DistressKind.None"/> for empty or calm text.</summary>
    public static DistressKind Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DistressKind.None;
        }

        var found = DistressKind.None;
        try
        {
            var checkedText = text.Length > MaxCheckedLength ? text[..MaxCheckedLength] : text;
            var normalized = NotDistress.Replace(DistressText.Normalize(checkedText), " | ");
            foreach (var (kind, pattern) in Kinds)
            {
                if (pattern.IsMatch(normalized))
                {
                    found |= kind;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological input: keep what was found so far rather than fail the turn.
        }

        return found;
    }

    private static Regex Build(string[] phrases) => new(
        "(?<![a-z0-9])(?:" + string.Join('|', phrases) + ")(?![a-z0-9])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        MatchTimeout);
}
