using System.Text;

namespace CareerBot.Storage.Postgres.Conversations;

/// <summary>
/// Strings as jsonb and text columns can hold them. PostgreSQL rejects a NUL (<c>\u0000</c>) in both, and a lone surrogate
/// is not UTF-8 at all; the engine never produces either (it cleans typed text), so this only guards against a platform
/// id or a future field that carries one: such a character is stored as U+FFFD instead of failing the whole turn.
/// </summary>
internal static class DocumentText
{
    private const char Replacement = '\uFFFD';

    public static bool IsStorable(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0')
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    public static string Clean(string value)
    {
        if (IsStorable(value))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else
            {
                builder.Append(c == '\0' || char.IsSurrogate(c) ? Replacement : c);
            }
        }

        return builder.ToString();
    }
}
