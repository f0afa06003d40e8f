using System.CommandLine;

namespace CareerBot.Verbs;

/// <summary>The arguments of the <c>risk</c> verb: SOC 2018 codes (none: read one per stdin line); <c>--db PATH</c> is configuration.</summary>
internal sealed record RiskOptions(IReadOnlyList<string> Codes)
{
    private static readonly Argument<string[]> CodesArgument = CreateCodesArgument();

    public static Command Command() => new("risk", "SOC 2018 codes → one JSON line each with the figures and their sources") { CodesArgument };

    public static RiskOptions From(ParseResult parse) => new(parse.GetValue(CodesArgument) ?? []);

    private static Argument<string[]> CreateCodesArgument()
    {
        var codes = new Argument<string[]>("SOC")
        {
            Description = "SOC 2018 codes, e.g. 27-3043; none: one per stdin line",
            Arity = ArgumentArity.ZeroOrMore,
        };

        // System.CommandLine would take an unknown switch for a code; a code never starts with '-'.
        codes.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(token => token.Value.StartsWith('-')))
            {
                result.AddError($"Unrecognized command or argument '{token.Value}'.");
            }
        });
        return codes;
    }
}
