using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CareerBot.Telegram.Routing;

/// <summary>
/// Signs the group in a "continue privately" link, so that only a link this bot posted in that group puts a person in
/// the group's community pulse (otherwise anyone could write the link for any group and fill its five-person floor with
/// made-up accounts). The key comes from the bot token, so there is nothing new to configure; it is never shown.
/// </summary>
internal sealed class GroupLinkKey
{
    /// <summary>10 base64url characters: 60 bits, far beyond guessing by trying links one /start at a time.</summary>
    public const int SignatureLength = 10;

    private const string Label = "CareerBot group link v1\n";

    private readonly byte[] _key;

    private GroupLinkKey(byte[] key) => _key = key;

    public static GroupLinkKey FromBotToken(string botToken) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes(Label + botToken)));

    /// <summary>The signature of a group's chat id (negative for a group).</summary>
    public string Sign(long groupChatId)
    {
        var mac = HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(groupChatId.ToString(CultureInfo.InvariantCulture)));
        return Base64Url.EncodeToString(mac)[..SignatureLength];
    }

    public bool Accepts(long groupChatId, string signature) =>
        signature.Length == SignatureLength
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(groupChatId)), Encoding.ASCII.GetBytes(signature));

    public override string ToString() => nameof(GroupLinkKey);
}
