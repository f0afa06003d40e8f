using static CareerBot.Core.Understanding.Safety.Phrase;

namespace CareerBot.Core.Understanding.Safety;

/// <summary>Worry, fear or panic about work, AI or the future ("kind of panicking", "ik lig er wakker van"), English and Dutch.</summary>
internal static class FearRules
{
    public static readonly SafetyRule[] All =
    [
        new(SafetyLevel.Fear, "fear",
        [
            @"panic\w*", @"freak(?:ing|ed|s)? out", @"terrif\w*", @"scar(?:ed|y|es|ing)", "afraid", @"frighten\w*", "fear(?:ful|s)?", "anxious", @"anxiet\w*", "nervous", @"worr(?:y|ied|ies|ying)",
            @"dread\w*", "(?:keeps?|kept|keeping) me (?:up|awake)", "(?:lying|lie|lay|laying|lain) awake", "(?:cant|can t|cannot) (?:sleep|switch off|stop thinking)", "losing sleep", @"nightmares?",
            "knot in my stomach", "stomach (?:drops|churns|turns|sinks|knots)", "(?:chest|throat) (?:gets |is )?tight", "heart (?:racing|pounding|races)", "hands shake", "(?:feel|felt) sick (?:when|thinking|about|every)",
            "what if (?:i|im|i m|my|we|nobody|no one|they|ai|it)", "(?:who s|whos|who is|im|i m|i ll be|ill be|be|am i) next", @"uncertain\w*", @"catastrophi[sz]\w*", "wobble", @"doomscroll\w*", @"stress\w*",
            "on edge", "horrible feeling", "nervous wreck", "insecure", "concerned", "(?:up|awake) at (?:night|\\d+ ?am)", "(?:shaking|shaky|trembling)", "(?:its|it s|this is) scary", "countdown to", "under review", "sick to my stomach", "floor (?:could |will |might )?(?:drop|fall) (?:out|away)", "(?:refreshing|checking)" + Gap(4) + " at \\d+ ?am", "freaks? me out", "palpitations", "(?:bricking|shitting|crapping) it", "jittery", "paranoid", "(?:next|first) (?:in line )?to go",
            "(?:assume|expect|feel like|sure|think) (?:im|i m|i am|i ll be|ill be|we re|were|we are) (?:getting |going to be |gonna be |next to be )?(?:sacked|fired|laid off|let go|made redundant|replaced|next)",
            "(?:dont|do not|don t) know what (?:we|i|wed|id)(?: d| would| will| ll| are going to| re going to| are gonna)? do", "who (?:s |is |would |will )?(?:going to |gonna )?(?:hire|want) (?:me|someone like me|a \\d+)",
            @"paniek\w*", "bang", @"angst\w*", "doodsbang", "als de dood", "(?:lig|ligt|lag|liggen) (?:er |ik )?(?:\\w+ ){0,2}wakker", "slaap (?:\\w+ )?(?:slecht|niet|nauwelijks)", "(?:kan|kon) (?:niet|nie) (?:meer )?slapen",
            @"pieker\w*", "zorgen(?! voor)", "maak (?:me|mij) (?:\\w+ ){0,2}zorgen", "ongerust", "onrustig", @"zenuw\w*", "eng(?= \\||$| dit| hoe| dat| om| vind)", "vind (?:het |dit )?eng", "in de schoenen",
            "maag draait", "knoop in (?:mijn |m n |mn )?maag", "buikpijn", @"onzeker\w*", "schrik (?:me|mij) (?:\\w+ ){0,2}(?:kapot|rot|dood|een hoedje)", "zie het (?:wel )?aankomen", "zit (?:er|daar) (?:\\w+ ){0,2}mee in", "misselijk", "zie (?:\\w+ ){0,2}op tegen", "opzien tegen",
            "(?:ben ik|ik ben|zijn wij|wij zijn|zijn we|word ik) de volgende", "zie er (?:\\w+ ){0,4}tegenop", "wat als", "aan de beurt",
            "de volgende (?:ben|zijn|bent|word)", @"stress\w*", "word (?:er )?gek van", @"nachtmerrie\w*", "hart gaat tekeer", "hartkloppingen", "benauwd", "gestrest", "spook", "weet ik (?:\\w+ )?(?:niet|nie) wat (?:we|ik) (?:moeten|moet|gaan|ga)", "wie neemt (?:mij|me) (?:nog )?aan",
            "durf (?:\\w+ ){0,3}(?:niet|nie)(?: meer)?", "doodsbenauwd", "benauwd", "schrik (?:\\w+ )?van", "gespannen", "bui (?:al )?hangen", "hart slaat over", "zie (?:ik )?er (?:\\w+ ){0,4}tegenop", "(?:ontslagen|vervangen) (?:te )?worden",
        ]) { Negatable = true },
    ];
}
