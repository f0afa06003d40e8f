using System.Text.RegularExpressions;

namespace CareerBot.Core.Stories;

/// <summary>Reads <see cref="StoryCues"/> from a message in English or Dutch (whole words, typos aside).</summary>
public static partial class StoryCueReader
{
    public static StoryCues Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return StoryCues.None;
        }

        var cues = StoryCues.None;
        cues |= Kiosk().IsMatch(text) ? StoryCues.Kiosk : StoryCues.None;
        cues |= Pay().IsMatch(text) ? StoryCues.Pay : StoryCues.None;
        cues |= Practical().IsMatch(text) ? StoryCues.PracticalWork : StoryCues.None;
        cues |= Writing().IsMatch(text) ? StoryCues.Writing : StoryCues.None;
        cues |= SideIncome().IsMatch(text) ? StoryCues.SideIncome : StoryCues.None;
        cues |= Law().IsMatch(text) ? StoryCues.Law : StoryCues.None;
        return cues;
    }

    [GeneratedRegex(@"\b(kiosks?|self[- ]?(check[- ]?outs?|service|scan\w*)|check[- ]?in (machines?|terminals?|zuil(en)?|screens?)|zelfscan\w*|zelfbedien\w*|incheckzuil\w*|informatiezuil\w*|ai[- ]kiosk\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Kiosk();

    [GeneratedRegex(@"\b(pay|paid|pay[- ]?cut|salary|salaries|wages?|earn\w*|income|money|loon|lonen|salaris\w*|inkomen|verdien\w*|geld|betaalt|betaald)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Pay();

    [GeneratedRegex(@"\b(with my hands|hands[- ]on|practical|a trade|trades(man|person)?|craft\w*|met (mijn|m'n) handen|praktisch\w*|ambacht\w*|vakman\w*|handwerk)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Practical();

    [GeneratedRegex(@"\b(writ(e|er|ers|ing)|copywrit\w*|edit(or|ors|ing)|content|journalis\w*|blogs?|schrijf\w*|schrijver\w*|tekstschrijver\w*|redact\w*|redigeer\w*|redigeren|journalist\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Writing();

    [GeneratedRegex(@"\b(side[- ]?(income|hustle|business|gig)|second income|extra income|income stream|on the side|bijverdienste\w*|bijverdienen|extra inkomen|tweede inkomen|inkomstenstroom|naast mijn (werk|baan))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SideIncome();

    [GeneratedRegex(@"\b(law|laws|legal|lawyers?|attorneys?|solicitors?|barristers?|law school|rechten|advocaa?t\w*|jurist\w*|juridisch\w*|rechtenstudie)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Law();
}
