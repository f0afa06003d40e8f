using System.CommandLine;
using System.Globalization;

namespace CareerBot.Verbs;

/// <summary>The switches of the <c>match</c> verb: <c>--top N</c> (default 3); <c>--db PATH</c> is configuration.</summary>
internal sealed record MatchOptions(int Top)
{
    public const int DefaultTop = 3;
    public const int MaxTop = 50;

    private static readonly Option<int> TopOption = new("--top")
    {
        Description = $"matches per line, 1 to {MaxTop}",
        HelpName = "N",
        DefaultValueFactory = _ => DefaultTop,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var top) && top is >= 1 and <= MaxTop)
            {
                return top;
            }

            result.AddError($"--top needs a whole number from 1 to {MaxTop}.");
            return DefaultTop;
        },
    };

    public static Command Command() => new("match", "one job title per stdin line → the line, then a TAB and a SOC 2018 code per match") { TopOption };

    public static MatchOptions From(ParseResult parse) => new(parse.GetValue(TopOption));
}
