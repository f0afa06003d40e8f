using System.CommandLine;

namespace CareerBot;

/// <summary>
/// A parsed command line: the verb (null: run the bot) with its switches in <see cref="Parse"/>, the host configuration
/// (<c>--key=value</c>, --db included), and what was wrong with it.
/// </summary>
internal sealed record CommandLineRequest(ParseResult Parse, string? Verb, IReadOnlyList<string> Configuration, IReadOnlyList<string> Errors)
{
    /// <summary>True when System.CommandLine answers by itself (--help, --version) and no host is needed.</summary>
    public bool AnswersItself => Errors.Count == 0 && Parse.Action is not Verbs.VerbSelected;
}
