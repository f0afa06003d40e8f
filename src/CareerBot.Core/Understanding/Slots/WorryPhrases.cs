using System.Text.RegularExpressions;

namespace CareerBot.Core.Understanding.Slots;

/// <summary>How worried someone says they are, 1–5, only when they say it clearly ("a bit worried" 2, "terrified" 5).</summary>
internal static class WorryPhrases
{
    private const string Worried = "(?:worried|worry|concerned|scared|afraid|anxious|nervous|frightened|stressed|bezorgd|zorgen|bang|ongerust|angstig|zenuwachtig)";

    private static readonly (int Level, Regex Pattern)[] Levels =
    [
        (1, Build($"(?:not|never|niet|geen|nauwelijks|hardly) (?:at all |really |even |echt |helemaal |zo )?{Worried}(?! (?:that|dat|but|maar))(?! \\w+ (?:but|maar))", $"(?:helemaal|totaal) geen zorgen", $"{Worried} (?:at all|helemaal niet)", "(?:im|i m|ik ben) (?:fine|relaxed|chill|kalm|rustig)")),
        (5, Build($"(?:very|really|so|super|extremely|incredibly|terribly|seriously|deeply|massively|hugely|heel|erg|zeer|ontzettend|enorm|vreselijk|heel erg|heel veel|echt heel) {Worried}", "terrified", "petrified", "doodsbang", "freaking out", "panicking", "in (?:de )?paniek", $"{Worried}(?: \\|)?(?: (?:ja|yes))?(?: \\|)? (?:erg|heel erg|very|very much)")),
        (4, Build($"(?:pretty|quite|rather|fairly|really quite|best wel|best|behoorlijk|vrij|nogal|flink) {Worried}", "maak me (?:best wel |behoorlijk |flink )zorgen")),
        (3, Build($"(?:somewhat|kind of|kinda|sort of|sorta|moderately|a bit more than a little|enigszins|redelijk|gemiddeld|matig) {Worried}", $"{Worried} (?:enigszins|een beetje maar)")),
        (2, Build($"(?:a (?:little|bit|tad|little bit)|slightly|mildly|een beetje|een tikje|beetje|ietsje) {Worried}", $"(?:a (?:little|bit)|een beetje|beetje) (?:wel|maar)?(?= \\||$)", $"(?:not (?:that|too|very|really) |niet (?:zo |heel |erg )){Worried}", "beetje zorgen")),
    ];

    private static readonly Regex Scale = new(
        @"(?<![0-9])(?<n>[0-9]{1,2}) ?(?:/|out of|of|van|op)? ?(?<of>5|10)(?![0-9])|(?:^|\| |\? |a |een |like a |zo n |around |about )(?<n>[1-5])(?: probably| i guess| denk ik| ofzo| or so)?(?= \||$)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));

    /// <summary>The worry level in normalised text; numbers only count when <paramref name="numbersCount"/> (the worry question).</summary>
    public static int? Read(string normalized, bool numbersCount)
    {
        foreach (var (level, pattern) in Levels)
        {
            if (pattern.IsMatch(normalized))
            {
                return level;
            }
        }

        var scale = Scale.Match(normalized);
        if (!scale.Success || (!numbersCount && !scale.Groups["of"].Success))
        {
            return null;
        }

        var value = int.Parse(scale.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var outOfTen = scale.Groups["of"].Value == "10";
        var scaled = outOfTen ? (int)Math.Ceiling(value / 2.0) : value;
        return scaled is >= 1 and <= 5 ? scaled : null;
    }

    private static Regex Build(params string[] phrases) => new(
        "(?<![a-z0-9])(?:" + string.Join('|', phrases) + ")(?![a-z0-9])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TimeSpan.FromSeconds(1));
}
