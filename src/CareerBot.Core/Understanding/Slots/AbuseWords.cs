using System.Text.RegularExpressions;

namespace CareerBot.Core.Understanding.Slots;

/// <summary>Swearing and insults in English and Dutch: a message with any of these is never said back to the person.</summary>
internal static class AbuseWords
{
    private static readonly Regex Pattern = new(
        "(?<![a-z0-9])(?:" + string.Join('|',
        [
            @"f+u+c+k\w*", @"fck\w*", @"fk\w*", @"wtf", @"stfu", @"shit\w*", @"crap", @"bitch\w*", @"bastard\w*", @"ass ?hole\w*", @"arse ?hole\w*", @"dick\w*", @"cunt\w*", @"twat\w*",
            @"wank\w*", @"prick\w*", @"idiot\w*", @"stupid", @"dumb", @"moron\w*", @"retard\w*", @"useless (?:bot|piece|thing)", @"shut up", @"piss off", @"screw you", @"bollocks",
            @"kut\w*", @"klote\w*", @"lul\w*", @"eikel\w*", @"klootzak\w*", @"idioot", @"sukkel\w*", @"debiel\w*", @"mongool\w*", @"kanker\w*(?<!kankerpatient)", @"tering\w*",
            @"tyfus\w*", @"godverdomme", @"gvd", @"hoer\w*", @"slet\w*", @"mafkees", @"oprotten", @"rot op", @"houd je bek", @"hou je bek", @"stomme? (?:bot|robot)", @"nutteloze bot",
        ]) + ")(?![a-z0-9])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TimeSpan.FromSeconds(1));

    public static bool Contains(string normalized) => Pattern.IsMatch(normalized);
}
