using System.Globalization;
using System.Text.RegularExpressions;
using CareerBot.Core.Conversations.Commands;
using CareerBot.Core.Conversations.Flow;

namespace CareerBot.Telegram.Routing;

/// <summary>
/// The adapter's part of a private "/start &lt;payload&gt;" (a t.me deep link; payloads are [A-Za-z0-9_-]{1,64}): a group's
/// "continue privately" link says which group it came from ("career-g" + the group chat id without its minus sign + "-" +
/// its <see cref="GroupLinkKey"/> signature), and becomes "/start career" with that group as the message's community.
/// An unsigned or wrongly signed group link (an old button, or one written by hand) is "/start career" without one.
/// Every other payload goes to the core unchanged, which reads "risk-&lt;soc&gt;" and starts as usual for the rest.
/// </summary>
internal static partial class StartPayload
{
    private const string GroupMark = "-g";

    private static readonly string CareerStart = "/" + CommandNames.Start + " " + CommandNames.Career;

    /// <summary>The payload of the "continue privately" link posted in a chat: with the group when it is one (negative id).</summary>
    public static string ForChat(long chatId, GroupLinkKey key) => chatId < 0
        ? CommandNames.Career + GroupMark + (-chatId).ToString(CultureInfo.InvariantCulture) + "-" + key.Sign(chatId)
        : CommandNames.Career;

    /// <summary>What a private text that starts with "/start " and a payload means here; null for any other text.</summary>
    public static DeepLinkStart? Read(string text, GroupLinkKey key)
    {
        var match = StartCommand().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var payload = match.Groups["payload"].Value;
        if (GroupCareer().Match(payload) is { Success: true } career)
        {
            var signed = long.TryParse(career.Groups["id"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
                && key.Accepts(-id, career.Groups["signature"].Value);
            return signed
                ? new DeepLinkStart(CareerStart, "-" + id.ToString(CultureInfo.InvariantCulture), "career from a group")
                : new DeepLinkStart(CareerStart, null, "unsigned");
        }

        var kind = payload == CommandNames.Career ? "career"
            : payload.StartsWith(StartLink.ForCard(""), StringComparison.Ordinal) ? "card"
            : "other";
        return new DeepLinkStart(text, null, kind);
    }

    [GeneratedRegex(@"\A/start (?<payload>[A-Za-z0-9_-]{1,64})\z", RegexOptions.CultureInvariant)]
    private static partial Regex StartCommand();

    [GeneratedRegex(@"\Acareer-g(?<id>[0-9]{1,19})(?:-(?<signature>[A-Za-z0-9_-]*))?\z", RegexOptions.CultureInvariant)]
    private static partial Regex GroupCareer();
}
