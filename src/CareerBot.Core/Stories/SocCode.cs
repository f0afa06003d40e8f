namespace CareerBot.Core.Stories;

/// <summary>SOC 2018 code helpers: format check and the group prefixes used to judge closeness.</summary>
internal static class SocCode
{
    /// <summary>True for a detailed code like "27-3043".</summary>
    public static bool IsValid(string? code) =>
        code is { Length: 7 } && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]) && code[2] == '-'
        && char.IsAsciiDigit(code[3]) && char.IsAsciiDigit(code[4]) && char.IsAsciiDigit(code[5]) && char.IsAsciiDigit(code[6]);

    /// <summary>"27-3043" or the O*NET form "27-3043.00" → "27-3043"; anything else → null.</summary>
    public static string? Normalize(string? code)
    {
        var trimmed = code?.Trim();
        if (trimmed is { Length: > 7 } && trimmed[7] == '.')
        {
            trimmed = trimmed[..7];
        }

        return IsValid(trimmed) ? trimmed : null;
    }

    /// <summary>Same broad group ("27-304x").</summary>
    public static bool SameBroad(string a, string b) => string.CompareOrdinal(a, 0, b, 0, 6) == 0;

    /// <summary>Same minor group ("27-30xx").</summary>
    public static bool SameMinor(string a, string b) => string.CompareOrdinal(a, 0, b, 0, 5) == 0;

    /// <summary>Same major group ("27-xxxx").</summary>
    public static bool SameMajor(string a, string b) => string.CompareOrdinal(a, 0, b, 0, 2) == 0;
}
