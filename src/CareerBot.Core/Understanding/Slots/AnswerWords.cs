using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace CareerBot.Core.Understanding.Slots;

/// <summary>Short whole-message answers in English and Dutch: yes, no, don't know, and choice numbers ("the second one").</summary>
internal static class AnswerWords
{
    private static readonly FrozenSet<string> Yes = FrozenSet.ToFrozenSet(
    [
        "yes", "y", "yeah", "yea", "yep", "yup", "ya", "ye", "ok", "okay", "k", "sure", "correct", "right", "exactly", "indeed", "thats it", "thats right", "that one",
        "yes please", "yes thats right", "yes that s right", "yes correct", "sounds right", "absolutely", "definitely", "of course", "please", "go", "go on", "go ahead",
        "start", "begin", "lets start", "let s start", "lets go", "lets do it", "continue", "resume", "carry on", "ja", "jaa", "jep", "jup", "jawel", "jazeker", "klopt",
        "dat klopt", "ja klopt", "ja dat klopt", "ja hoor", "ja graag", "graag", "oke", "okee", "ok e", "prima", "goed", "is goed", "precies", "zeker", "inderdaad",
        "doe maar", "laten we beginnen", "beginnen", "verder", "ga verder", "ga maar verder", "doorgaan", "die", "deze", "dat is hem", "die is het",
        "close enough", "yeah close enough", "that one", "yeah that one", "that s the one", "thats the one", "go on then", "ja vertel maar", "vertel maar", "ja vertel",
        "yes tell me", "tell me", "sounds good", "why not", "ja hoor", "ja zeker", "ja precies", "klopt ja", "die klopt",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> No = FrozenSet.ToFrozenSet(
    [
        "no", "n", "nope", "nah", "no thanks", "no thank you", "not now", "not really", "nah not really", "later", "skip", "wrong", "thats wrong", "not that",
        "none", "none of these", "none of them", "neither", "nee", "neen", "neuh", "nope", "nee dank je", "nee bedankt", "nu niet", "overslaan", "sla over",
        "klopt niet", "dat klopt niet", "niet", "geen van deze", "geen van allen", "geen van beide", "fout",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> DontKnow = FrozenSet.ToFrozenSet(
    [
        "idk", "i dont know", "i don t know", "dont know", "don t know", "dunno", "no idea", "no clue", "not sure", "im not sure", "i m not sure", "unsure",
        "idc", "whatever", "hmm", "hm", "eh", "weet niet", "weet ik niet", "weet ik nie", "weet het niet", "ik weet het niet", "ik weet niet", "geen idee",
        "geen flauw idee", "weet ik veel", "geen idee eigenlijk", "weet ik eigenlijk niet", "ik weet het echt niet", "twijfel", "ik twijfel",
    ], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["1st"] = 1, ["2nd"] = 2, ["3rd"] = 3, ["4th"] = 4, ["5th"] = 5,
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["eerste"] = 1, ["tweede"] = 2, ["derde"] = 3, ["vierde"] = 4, ["vijfde"] = 5,
        ["een"] = 1, ["twee"] = 2, ["drie"] = 3, ["vier"] = 4, ["vijf"] = 5, ["last"] = -1, ["laatste"] = -1,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Regex NumberAnswer = new(
        @"^(?:(?:the|de|het|option|optie|number|nummer|nr|no|choice|keuze|#) ?)*(?<n>[1-9]|first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|one|two|three|four|five|eerste|tweede|derde|vierde|vijfde|een|twee|drie|vier|vijf|last|laatste)(?: (?:one|please|graag|is it|dan|then|optie|option))*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));

    // Words that only soften or stress an answer: "1 obviously", "yeah that one please", "3 i guess", "ja vertel maar".
    private static readonly FrozenSet<string> Softeners = FrozenSet.ToFrozenSet(
        ["obviously", "ffs", "please", "pls", "plz", "then", "i guess", "i think", "guess", "maar", "hoor", "dan", "denk ik", "toch", "wel", "graag", "thanks", "thx", "bedankt", "ish", "lol", "haha", "ok", "oke", "so", "well", "um", "uh", "hmm", "eh", "nou", "tell me", "vertel", "vertel maar"],
        StringComparer.Ordinal);

    // Every word of these is a yes: "ok lets go", "yes sure lets start", "ja prima, doe maar".
    private static readonly FrozenSet<string> YesWords = FrozenSet.ToFrozenSet(
        ["yes", "yeah", "yep", "yup", "ok", "okay", "sure", "lets", "let", "s", "us", "go", "start", "begin", "do", "it", "ja", "jawel", "prima", "oke", "goed", "graag", "beginnen", "starten", "doe", "maar", "we", "gaan", "sounds", "good", "great", "cool", "fine", "alright"],
        StringComparer.Ordinal);

    /// <summary>Reads a whole message (normalised, without clause breaks) as a short answer.</summary>
    public static ShortAnswer Read(string words)
    {
        var plain = Soften(words);
        return Yes.Contains(words) || Yes.Contains(plain) || (plain.Length > 0 && plain.Split(' ').All(YesWords.Contains)) ? ShortAnswer.Yes
            : No.Contains(words) || No.Contains(plain) ? ShortAnswer.No
            : DontKnow.Contains(words) || DontKnow.Contains(plain) ? ShortAnswer.DontKnow
            : ShortAnswer.None;
    }

    private static string Soften(string words)
    {
        var kept = words;
        foreach (var softener in Softeners.OrderByDescending(s => s.Length))
        {
            kept = (" " + kept + " ").Replace(" " + softener + " ", " ", StringComparison.Ordinal).Trim();
        }

        return kept;
    }

    /// <summary>"nee, ga verder", "i don't know, maybe…": a short answer that opens a longer message.</summary>
    public static ShortAnswer Lead(string normalized)
    {
        var first = normalized.Split('|', 2)[0].Trim();
        return first.Length > 0 && first != normalized.Trim() ? Read(first) : ShortAnswer.None;
    }

    /// <summary>"2", "the 2nd one", "nummer 2", "last" (-1); null when the message is not a choice number.</summary>
    public static int? Number(string words)
    {
        var match = NumberAnswer.Match(Soften(words.Replace("ish", string.Empty, StringComparison.Ordinal)));
        if (!match.Success)
        {
            return null;
        }

        var value = match.Groups["n"].Value;
        return value.Length == 1 && char.IsAsciiDigit(value[0]) ? value[0] - '0' : Ordinals[value];
    }
}
