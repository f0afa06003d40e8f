using System.CommandLine;
using System.Text;
using CareerBot.Core.Occupations;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Verbs;

/// <summary>
/// <c>match [--top N] [--db PATH]</c>: one title per stdin line → the line, then a TAB and a SOC 2018 code per
/// confident match, best first. Nothing but those lines goes to stdout.
/// </summary>
internal sealed class MatchVerb : IVerb
{
    public string Name => "match";

    public async Task<int> RunAsync(IServiceProvider services, ParseResult command, CancellationToken cancellationToken)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var input = new StreamReader(Console.OpenStandardInput(), utf8);
        await using var output = new StreamWriter(Console.OpenStandardOutput(), utf8) { NewLine = "\n" };
        return await RunAsync(() => services.GetRequiredService<ITitleMatcher>(), input, output, Console.Error, MatchOptions.From(command), cancellationToken);
    }

    /// <summary>The verb over any reader and writers, for tests.</summary>
    public static async Task<int> RunAsync(
        Func<ITitleMatcher> matcherFactory, TextReader input, TextWriter output, TextWriter error, MatchOptions parsed, CancellationToken cancellationToken)
    {
        var matcher = matcherFactory();
        var line = new StringBuilder();
        while (await input.ReadLineAsync(cancellationToken) is { } text)
        {
            line.Clear().Append(text);
            foreach (var match in MatchSafely(matcher, text, parsed.Top, error))
            {
                line.Append('\t').Append(match.Soc);
            }

            await output.WriteLineAsync(line, cancellationToken);

            // A script may write a line and wait for its answer.
            await output.FlushAsync(cancellationToken);
        }

        return 0;
    }

    // One bad line must not end a script's run: it is answered as "no match" and reported on stderr.
    private static IReadOnlyList<TitleMatch> MatchSafely(ITitleMatcher matcher, string text, int top, TextWriter error)
    {
        try
        {
            return matcher.Match(text, top);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            error.WriteLine($"match failed for one line: {ex.GetType().Name}: {ex.Message}");
            return [];
        }
    }
}
