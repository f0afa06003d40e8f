using System.CommandLine;
using System.Text.Json;
using System.Text.RegularExpressions;
using CareerBot.Core.Occupations;
using CareerBot.Storage.LiteDb.Occupations;

namespace CareerBot.Verbs;

/// <summary>
/// <c>risk [--db PATH] [SOC ...]</c>: one JSON line per SOC 2018 code (from the arguments, else one per stdin line) with
/// the Frey &amp; Osborne probability and the Eloundou β, or an error line for a malformed or unknown code; then goes on.
/// </summary>
internal sealed partial class RiskVerb(OccupationData data) : IVerb
{
    public const string FreyOsborne = "Frey & Osborne 2013";
    public const string Eloundou = "Eloundou et al. 2024";
    private const int MaxEchoLength = 100;

    public string Name => "risk";

    public Task<int> RunAsync(IServiceProvider services, ParseResult command, CancellationToken cancellationToken) =>
        RunAsync(RiskOptions.From(command).Codes, Console.In, Console.Out, Console.Error, cancellationToken);

    internal async Task<int> RunAsync(IReadOnlyList<string> codes, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            await data.EnsureReadyAsync(cancellationToken);
        }
#pragma warning disable CA1031 // Any failure to load the data (missing seed, locked or corrupt database) must end as one line on stderr, not a stack trace.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            await error.WriteLineAsync($"risk: could not load the occupation data: {ex.Message}");
            return 1;
        }

        if (codes.Count > 0)
        {
            foreach (var code in codes)
            {
                await output.WriteLineAsync(Describe(code));
            }

            return 0;
        }

        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line.Trim('\uFEFF')))
            {
                await output.WriteLineAsync(Describe(line));
            }
        }

        return 0;
    }

    /// <summary>The JSON line for one code as typed.</summary>
    internal string Describe(string code)
    {
        var soc = code.Trim().Trim('\uFEFF').Trim();
        if (!SocPattern().IsMatch(soc))
        {
            return Error(soc, "malformed SOC 2018 code: expected NN-NNNN, e.g. 27-3043");
        }

        if (data.Find(soc) is not { } occupation)
        {
            return Error(soc, "unknown SOC 2018 occupation");
        }

        return JsonSerializer.Serialize(ToReport(occupation), RiskJson.Options);
    }

    private static RiskReport ToReport(Occupation occupation)
    {
        List<string> sources = [];
        if (occupation.AutomationProbability is not null)
        {
            sources.Add(FreyOsborne);
        }

        if (occupation.GenAiExposure is not null)
        {
            sources.Add(Eloundou);
        }

        return new RiskReport(
            occupation.Soc,
            occupation.Title,
            RiskJson.Significant(occupation.AutomationProbability),
            RiskJson.Significant(occupation.GenAiExposure),
            sources);
    }

    private static string Error(string soc, string message)
    {
        var echo = soc.Length > MaxEchoLength ? string.Concat(soc.AsSpan(0, MaxEchoLength), "…") : soc;
        return JsonSerializer.Serialize(new RiskError(echo, message), RiskJson.Options);
    }

    [GeneratedRegex(@"^[0-9]{2}-[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex SocPattern();
}
