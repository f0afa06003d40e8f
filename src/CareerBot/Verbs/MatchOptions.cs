using System.Globalization;

namespace CareerBot.Verbs;

/// <summary>The switches of the <c>match</c> verb: <c>--top N</c> (default 3); <c>--db PATH</c> is configuration and skipped here.</summary>
internal sealed record MatchOptions(int Top)
{
    public const int DefaultTop = 3;
    public const int MaxTop = 50;

    public static bool TryParse(string[] options, out MatchOptions parsed, out string error)
    {
        parsed = new MatchOptions(DefaultTop);
        error = string.Empty;
        for (var i = 0; i < options.Length; i++)
        {
            var (name, value) = Split(options, ref i);
            switch (name)
            {
                case "--db":
                    continue;
                case "--top" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var top) && top is >= 1 and <= MaxTop:
                    parsed = new MatchOptions(top);
                    continue;
                case "--top":
                    error = $"--top needs a whole number from 1 to {MaxTop}.";
                    return false;
                default:
                    error = $"Unknown option '{name}'. Use: match [--top N] [--db PATH]";
                    return false;
            }
        }

        return true;
    }

    // Accepts "--top 5" and "--top=5".
    private static (string Name, string? Value) Split(string[] options, ref int i)
    {
        var option = options[i];
        var equals = option.IndexOf('=', StringComparison.Ordinal);
        if (equals > 0)
        {
            return (option[..equals], option[(equals + 1)..]);
        }

        return i + 1 < options.Length && !options[i + 1].StartsWith("--", StringComparison.Ordinal)
            ? (option, options[++i])
            : (option, null);
    }
}
