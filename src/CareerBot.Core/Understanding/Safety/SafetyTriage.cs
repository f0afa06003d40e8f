using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace CareerBot.Core.Understanding.Safety;

/// <summary>
/// Graded safety triage of one message (crisis, distress, fear, none) in English and Dutch, by explainable phrase rules
/// on normalised text: hard negatives (jobs, figures of speech) are removed first, negated phrases ("I'm not suicidal")
/// and joking hyperbole ("I'd rather die than go back to retail lol") do not count, and the highest level wins.
/// Measured on the labelled sets in the tests (Understanding/Evaluation); see the README for the figures.
/// </summary>
public static class SafetyTriage
{
    /// <summary>Longer texts are checked on their first part only; platform messages are at most 4,096 characters.</summary>
    public const int MaxCheckedLength = 16_000;

    private const int NegationWindow = 3;

    // Generous: the first match of a cold process on a busy machine must not time out.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private static readonly FrozenSet<string> Negators = FrozenSet.ToFrozenSet(
        ["not", "never", "no", "dont", "didnt", "wont", "isnt", "arent", "wasnt", "hardly", "niet", "nie", "geen", "nooit", "niks", "niets"],
        StringComparer.Ordinal);

    // A negation does not reach past these: "not suicidal lol, stressed" is still stressed.
    private static readonly FrozenSet<string> NegationStops = FrozenSet.ToFrozenSet(["|", "lol", "haha", "but", "maar", "alleen", "only"], StringComparer.Ordinal);

    // A word starting with one of these ("lolol", "hahaha") laughs.
    private static readonly string[] JokeWords = ["lol", "lmao", "lmfao", "rofl", "haha", "hehe", "jk", "kidding", "grapje"];

    private static readonly string[] JokeEmoji = ["😂", "🤣", "😆", "💀"];

    private static readonly string[] FearEmoji = ["😬", "😰", "😨", "😱", "😟", "😧", "😥", "😓", "😖"];

    // Words that make what follows a fear of the future, not trouble now ("bang dat mijn studie straks niks meer waard is").
    private static readonly FrozenSet<string> FearFrames = FrozenSet.ToFrozenSet(
        ["afraid", "scared", "worried", "worry", "fear", "terrified", "bang", "vrees", "bezorgd", "ongerust"], StringComparer.Ordinal);

    private static readonly Regex Calm = Build(CalmPhrases.All);

    // Highest level first: the first rule that holds decides.
    private static readonly (SafetyRule Rule, Regex[] Patterns)[] Rules =
    [
        .. CrisisRules.All.Concat(CrisisRulesDutch.All).Concat(DistressRules.All).Concat(FearRules.All)
            .OrderByDescending(rule => rule.Level)
            .Select(rule => (rule, rule.Signals == 1 ? new[] { Build(rule.Phrases) } : [.. rule.Phrases.Select(phrase => Build([phrase]))])),
    ];

    private static readonly (SafetyRule Rule, Regex[] Patterns) Money = Rules.Single(r => r.Rule.Name == "distress.money");

    /// <summary>P(crisis) from the model above which a message no rule flags still gets a gentle check (see the tests for how it was chosen).</summary>
    public const double ModelThreshold = 0.85;

    public static SafetyReading Assess(string? text) => Assess(text, SafetyModel.Embedded);

    /// <summary>Rules first; when they see no crisis, the model may still ask for a gentle check (null: rules only).</summary>
    internal static SafetyReading Assess(string? text, SafetyModel? model)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return SafetyReading.Calm;
        }

        var source = text.Length > MaxCheckedLength ? text[..MaxCheckedLength] : text;
        try
        {
            var normalized = Prepare(source);
            var joking = IsJoking(source, normalized);
            var decided = Rules.FirstOrDefault(r => Holds(r, normalized, joking)).Rule;
            var reading = decided is not null ? new SafetyReading(decided.Level, decided.Name)
                : FearEmoji.Any(emoji => source.Contains(emoji, StringComparison.Ordinal)) ? new SafetyReading(SafetyLevel.Fear, "fear.emoji")
                : SafetyReading.Calm;
            if (reading.Level < SafetyLevel.Crisis && model is not null && model.Probabilities(normalized)[(int)SafetyLevel.Crisis] >= ModelThreshold)
            {
                reading = new SafetyReading(SafetyLevel.Crisis, "crisis.model") { IsCertain = false };
            }
            return Holds(Money, normalized, joking) ? reading with { MoneyTrouble = true } : reading;
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological input: a gentle signpost costs less than a missed risk.
            return new SafetyReading(SafetyLevel.Distress, "timeout");
        }
    }

    /// <summary>Normalised text with hard negatives removed, misspellings folded and fillers dropped: what rules and model see.</summary>
    internal static string Prepare(string text) => SafetyText.Prepare(Calm.Replace(ChatText.Normalize(text), " | "));

    private static bool Holds((SafetyRule Rule, Regex[] Patterns) candidate, string normalized, bool joking) =>
        !(candidate.Rule.HyperboleWhenJoking && joking)
        && candidate.Patterns.Count(pattern => Holds(candidate.Rule, pattern, normalized)) >= candidate.Rule.Signals;

    private static bool Holds(SafetyRule rule, Regex pattern, string normalized)
    {
        for (var match = pattern.Match(normalized); match.Success; match = match.NextMatch())
        {
            var negated = rule.Negatable && IsNegated(normalized, match.Index);
            var feared = rule.Level == SafetyLevel.Distress && IsFeared(normalized, match.Index);
            if (!negated && !feared)
            {
                return true;
            }
        }

        return false;
    }

    // "not going to kms", "ik ben niet suicidaal": a negator among the few words before the phrase, in the same clause.
    private static bool IsNegated(string normalized, int index)
    {
        var words = normalized[..index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = words.Length - 1; i >= 0 && i >= words.Length - NegationWindow; i--)
        {
            if (NegationStops.Contains(words[i]))
            {
                return false;
            }

            // "weet niet hoeveel schuld", "not sure if": the negator belongs to the verb before it, not to the phrase.
            if (Negators.Contains(words[i]) && !(i > 0 && words[i - 1] is "weet" or "weten" or "wist" or "know" or "sure" or "dont"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFeared(string normalized, int index)
    {
        var clauseStart = normalized.LastIndexOf(ChatText.ClauseBreak, Math.Max(0, index - 1)) + 1;
        return normalized[clauseStart..index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(FearFrames.Contains);
    }

    private static bool IsJoking(string source, string normalized) =>
        normalized.Split(' ').Any(word => JokeWords.Any(joke => word.StartsWith(joke, StringComparison.Ordinal)))
        || JokeEmoji.Any(emoji => source.Contains(emoji, StringComparison.Ordinal));

    private static Regex Build(string[] phrases) => new(
        "(?<![a-z0-9])(?:" + string.Join('|', phrases) + ")(?![a-z0-9])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        MatchTimeout);
}
