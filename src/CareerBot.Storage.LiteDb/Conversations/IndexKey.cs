using System.Security.Cryptography;
using System.Text;

namespace CareerBot.Storage.LiteDb.Conversations;

/// <summary>
/// Makes any string usable as a LiteDB index key, which must stay under 1,023 bytes:
/// short strings are kept as they are (readable when debugging), long ones become their SHA-256.
/// </summary>
internal static class IndexKey
{
    private const int MaxPlainBytes = 256;

    public static string For(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (Encoding.UTF8.GetByteCount(value) <= MaxPlainBytes)
        {
            return value;
        }

        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
    }
}
