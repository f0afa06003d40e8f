namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>Shape checks for SOC 2018 detailed codes ("27-3043") and O*NET-SOC codes ("27-3043.00").</summary>
internal static class SocCode
{
    public static bool IsDetailed(string code) =>
        code.Length == 7 && code[2] == '-' && IsDigits(code.AsSpan(0, 2)) && IsDigits(code.AsSpan(3, 4));

    public static bool TryFromOnet(string onet, out string soc)
    {
        soc = onet.Length >= 7 ? onet[..7] : string.Empty;
        return IsDetailed(soc) && (onet.Length == 7 || onet[7] == '.');
    }

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
