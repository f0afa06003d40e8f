using System.Globalization;
using System.Text.RegularExpressions;
using CareerBot.Core.Conversations.Commands;
using CareerBot.Core.Conversations.Flow;

namespace CareerBot.Telegram.Routing;

/// <summary>
/// The adapter's part of a private "/start &lt;payload&gt;" (a t.me deep link; payloads are [A-Za-z0-9_-]{1,64}): a group's
/// "continue privately" link says which group it came from ("career-g" + the group chat id without its minus sign), and
/// becomes "/start career" with that group as the message's community. Every other payload goes to the core unchanged,
/// which reads "risk-&lt;soc&gt;" and starts as usual for the rest.
/// </summary>
internal static partial class StartPayload
{
    private const string GroupMark = "-g";

    /// <summary>The payload of the "continue privately" link posted in a chat: with the group when it is one (negative id).</summary>
    public static string ForChat(long chatId) =>
        chatId < 0 ? CommandNames.Career + GroupMark + (-chatId).ToString(CultureInfo.InvariantCulture) : CommandNames.Career;

    /// <summary>What a private text that starts with "/start " and a payload means here; null for any other text.</summary>
    public static DeepLinkStart? Read(string text)
    {
        var match = StartCommand().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var payload = match.Groups["payload"].Value;
        if (GroupCareer().Match(payload) is { Success: true } career
            && long.TryParse(career.Groups["id"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            return new DeepLinkStart("/" + CommandNames.Start + " " + CommandNames.Career, "-" + id.ToString(CultureInfo.InvariantCulture), "career from a group");
        }

        var kind = payload == CommandNames.Career ? "career"
            : payload.StartsWith(StartLink.ForCard(""), StringComparison.Ordinal) ? "card"
            : "other";
        return new DeepLinkStart(text, null, kind);
    }

    [GeneratedRegex(@"\A/start (?<payload>[A-Za-z0-9_-]{1,64})\z", RegexOptions.CultureInvariant)]
    private static partial Regex StartCommand();

    [GeneratedRegex(@"\Acareer-g(?<id>[0-9]{1,19})\z", RegexOptions.CultureInvariant)]
    private static partial Regex GroupCareer();
}
