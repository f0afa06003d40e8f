using System.Security.Cryptography;
using System.Text;

namespace CareerBot.Storage.Postgres.Conversations;

/// <summary>
/// Makes any string usable as a key column: kept as it is when it is short, well-formed text (readable in psql), otherwise
/// its SHA-256. PostgreSQL text cannot hold a NUL nor a lone surrogate, and a btree entry must stay under about 2.7 kB.
/// </summary>
internal static class StoreKey
{
    private const int MaxPlainBytes = 256;

    public static string For(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length <= MaxPlainBytes / 3 || Encoding.UTF8.GetByteCount(value) <= MaxPlainBytes)
        {
            if (DocumentText.IsStorable(value))
            {
                return value;
            }
        }

        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
    }
}
