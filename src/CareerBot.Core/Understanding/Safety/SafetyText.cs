using System.Collections.Frozen;
using System.Text;

namespace CareerBot.Core.Understanding.Safety;

/// <summary>
/// Prepares normalised chat text for the safety rules: common misspellings of risk words are folded ("wnat", "suicdal",
/// "zelfmoort") and filler words are dropped ("i just want to", "ik wil gwn"), so one phrase covers many ways of writing it.
/// </summary>
internal static class SafetyText
{
    private static readonly FrozenSet<string> Fillers = FrozenSet.ToFrozenSet(
    [
        "just", "really", "honestly", "literally", "actually", "simply", "tbh", "ngl", "kinda", "lowkey", "genuinely", "seriously",
        "basically", "truly", "totally", "fr", "rn", "tho", "idk", "like", "gewoon", "gwn", "echt", "eigenlijk", "ff", "nou", "heus",
        "gewoonweg", "serieus", "letterlijk", "eerlijk", "eerlijkgezegd", "wss", "toch",
    ], StringComparer.Ordinal);


    private static readonly FrozenDictionary<string, string> Misspellings = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["wnat"] = "want", ["wnt"] = "want", ["wanto"] = "want to", ["kil"] = "kill", ["kilt"] = "kill", ["myslef"] = "myself", ["mysefl"] = "myself",
        ["mself"] = "myself", ["meself"] = "myself", ["suicde"] = "suicide", ["sucide"] = "suicide", ["suicidle"] = "suicidal", ["suicidial"] = "suicidal",
        ["suisidal"] = "suicidal", ["sucidal"] = "suicidal", ["suicdal"] = "suicidal", ["suiside"] = "suicide", ["anymroe"] = "anymore",
        ["anymor"] = "anymore", ["alvie"] = "alive", ["aliev"] = "alive", ["dosnt"] = "doesnt", ["dnt"] = "dont", ["wana"] = "wanna", ["gona"] = "gonna", ["ded"] = "dead", ["dieing"] = "dying", ["existance"] = "existence",
        ["zelfmoort"] = "zelfmoord", ["zelfmord"] = "zelfmoord", ["mezelv"] = "mezelf", ["mzelf"] = "mezelf", ["leve"] = "leven",
        ["dod"] = "dood", ["nie"] = "niet", ["nit"] = "niet", ["k"] = "ik", ["wakkerworden"] = "wakker worden",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Prepare(string normalized)
    {
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new StringBuilder(normalized.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var word = Misspellings.GetValueOrDefault(words[i], words[i]);
            if (Fillers.Contains(word) && !IsKept(words, i))
            {
                continue;
            }

            result.Append(result.Length == 0 ? string.Empty : " ").Append(word);
        }

        return result.ToString();
    }

    // "feel like dying", "I'd like to": "like" after these carries meaning.
    private static bool IsKept(string[] words, int i) =>
        words[i] == "like" && i > 0 && words[i - 1] is "feel" or "feels" or "feeling" or "felt" or "would" or "d" or "id" or "look" or "looks";
}
