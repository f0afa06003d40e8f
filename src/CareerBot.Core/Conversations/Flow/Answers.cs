using System.Globalization;
using System.Text;

namespace CareerBot.Core.Conversations.Flow;

/// <summary>Recognises short typed answers (yes/no, 1–5, a goal) in English and Dutch.</summary>
internal static class Answers
{
    private static readonly HashSet<string> YesWords = new(StringComparer.Ordinal)
    {
        "yes", "y", "yeah", "yep", "ok", "okay", "sure", "start", "begin", "go", "yes please", "lets start", "let s start", "lets go",
        "continue", "resume", "ja", "j", "oke", "prima", "goed", "graag", "ja graag", "laten we beginnen", "beginnen", "verder", "ga verder", "doorgaan",
    };

    private static readonly HashSet<string> NoWords = new(StringComparer.Ordinal)
    {
        "no", "n", "nope", "no thanks", "not now", "later", "skip", "nee", "nee dank je", "nu niet", "overslaan", "sla over",
    };

    private static readonly (string Phrase, CareerGoal Goal)[] GoalPhrases =
    [
        ("not sure", CareerGoal.NotSure), ("unsure", CareerGoal.NotSure), ("don t know", CareerGoal.NotSure), ("dont know", CareerGoal.NotSure),
        ("no idea", CareerGoal.NotSure), ("weet ik niet", CareerGoal.NotSure), ("weet niet", CareerGoal.NotSure), ("weet het niet", CareerGoal.NotSure), ("weet ik het niet", CareerGoal.NotSure), ("geen idee", CareerGoal.NotSure),
        ("twijfel", CareerGoal.NotSure), ("retrain", CareerGoal.Retrain), ("omscho", CareerGoal.Retrain), ("switch", CareerGoal.Retrain),
        ("another job", CareerGoal.Retrain), ("other job", CareerGoal.Retrain), ("new job", CareerGoal.Retrain), ("ander werk", CareerGoal.Retrain),
        ("ander beroep", CareerGoal.Retrain), ("own", CareerGoal.StartOwn), ("business", CareerGoal.StartOwn), ("eigen bedrijf", CareerGoal.StartOwn), ("eigen zaak", CareerGoal.StartOwn), ("eigen baas", CareerGoal.StartOwn),
        ("voor mezelf", CareerGoal.StartOwn), ("onderneme", CareerGoal.StartOwn), ("adapt", CareerGoal.StayAndAdapt), ("stay", CareerGoal.StayAndAdapt),
        ("blijven", CareerGoal.StayAndAdapt), ("aanpassen", CareerGoal.StayAndAdapt), ("meebewegen", CareerGoal.StayAndAdapt),
    ];

    public static bool IsYes(string text) => YesWords.Contains(Normalize(text));

    public static bool IsNo(string text) => NoWords.Contains(Normalize(text));

    /// <summary>"4", "4/5" or "4 of 5" → 4; anything else → null.</summary>
    public static int? WorryLevel(string text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0 || normalized.Length > 6 || normalized[0] < '1' || normalized[0] > '5')
        {
            return null;
        }

        var rest = normalized[1..].Trim();
        return rest.Length == 0 || rest is "5" or "of 5" or "van 5" ? normalized[0] - '0' : null;
    }

    public static CareerGoal? Goal(string text)
    {
        var normalized = " " + Normalize(text);
        foreach (var (phrase, goal) in GoalPhrases)
        {
            if (normalized.Contains(" " + phrase, StringComparison.Ordinal))
            {
                return goal;
            }
        }

        return null;
    }

    /// <summary>Lower case, no diacritics, punctuation as spaces, single spaces.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }
}
