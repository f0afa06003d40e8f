using System.CommandLine;
using CareerBot.Adapters;
using CareerBot.Storage;
using CareerBot.Verbs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerBot;

/// <summary>
/// The command-line contract: an optional verb (chat, match, risk) with its switches, --help, --version, and .NET
/// configuration anywhere. Unknown verbs and switches exit with 2 and say so on stderr; --help and --version exit with 0.
/// </summary>
internal static class CommandLine
{
    public const int UsageError = 2;

    private static readonly RootCommand Root = VerbCommands.Create();

    // No response files: "--user @alice" is a user id, as before, not a file to read arguments from.
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    public static CommandLineRequest Parse(IReadOnlyList<string> args)
    {
        var (switches, configuration, problem) = ConfigurationArguments.Split(args);
        var parse = Root.Parse(switches, Parsing);
        List<string> errors = [.. parse.Errors.Select(error => error.Message)];
        if (errors.Count > 0 && switches is [var first, ..] && !first.StartsWith('-') && parse.CommandResult.Command is RootCommand)
        {
            errors = [$"Unknown command '{first}'. Use: chat, match, risk, or no command to run the bot."];
        }

        if (problem is not null)
        {
            errors.Insert(0, problem);
        }

        if (parse.GetValue(VerbCommands.Database) is { Length: > 0 } database)
        {
            // Last, so --db wins over --Storage:DatabasePath, as the README says.
            configuration.Add($"--{StorageLocation.DatabasePathKey}={database}");
        }

        var verb = parse.CommandResult.Command is RootCommand ? null : parse.CommandResult.Command.Name;
        return new CommandLineRequest(parse, verb, configuration, errors);
    }

    /// <summary>Parses, then answers --help/--version or a usage error, or builds the host and runs the bot or the verb.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var request = Parse(args);
        if (request.Errors.Count > 0)
        {
            foreach (var problem in request.Errors)
            {
                await error.WriteLineAsync($"CareerBot: {problem}");
            }

            await error.WriteLineAsync("Run 'CareerBot --help' for the commands and their switches.");
            return UsageError;
        }

        if (request.AnswersItself)
        {
            return await request.Parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        }

        string[] configuration = [.. request.Configuration];
        using IHost host = request.Verb is null ? CareerBotHost.BuildBot(configuration) : CareerBotHost.Build(configuration);
        return await RunAsync(host, request);
    }

    private static async Task<int> RunAsync(IHost host, CommandLineRequest request)
    {
        if (request.Verb is null)
        {
            var adapters = host.Services.GetRequiredService<ChatAdapterSupervisor>();
            await host.RunAsync();
            return adapters.ExitCode;
        }

        host.Services.GetRequiredService<StorageLocation>().Announce();
        var command = host.Services.GetServices<IVerb>().Single(v => string.Equals(v.Name, request.Verb, StringComparison.Ordinal));
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        return await command.RunAsync(host.Services, request.Parse, cancellation.Token);
    }
}
