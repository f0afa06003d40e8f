using System.Text.RegularExpressions;

namespace CareerBot.Core.Conversations.Flow;

/// <summary>
/// What a start link carries after "/start " (a Telegram deep link's payload, [A-Za-z0-9_-]{1,64}): "risk-&lt;soc&gt;"
/// opens that occupation's card. Anything else ("career", an old or unknown payload) is a plain start.
/// </summary>
public static partial class StartLink
{
    private const string RiskPrefix = "risk-";

    /// <summary>The payload of a link to one occupation's card: "risk-15-1252".</summary>
    public static string ForCard(string soc) => RiskPrefix + soc;

    /// <summary>The code after "risk-" (e.g. "15-1252" of "risk-15-1252"), known to the catalogue or not; null for any other argument.</summary>
    internal static string? JobCode(string argument)
    {
        var match = RiskLink().Match(argument);
        return match.Success ? match.Groups["soc"].Value : null;
    }

    [GeneratedRegex(@"\Arisk-(?<soc>[A-Za-z0-9_-]{1,59})\z", RegexOptions.CultureInvariant)]
    private static partial Regex RiskLink();
}
