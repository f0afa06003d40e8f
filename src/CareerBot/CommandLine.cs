using CareerBot.Adapters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerBot;

/// <summary>The command-line contract: an optional verb first, then switches (--db PATH …).</summary>
internal static class CommandLine
{
    public static readonly Dictionary<string, string> SwitchMappings = new(StringComparer.Ordinal)
    {
        ["--db"] = "Storage:DatabasePath",
    };

    public static (string? Verb, string[] Options) Split(string[] args) =>
        args.Length > 0 && !args[0].StartsWith('-') ? (args[0], args[1..]) : (null, args);

    public static async Task<int> RunAsync(IHost host, string? verb, string[] options)
    {
        if (verb is null)
        {
            var adapters = host.Services.GetRequiredService<ChatAdapterSupervisor>();
            await host.RunAsync();
            return adapters.ExitCode;
        }

        var command = host.Services.GetServices<IVerb>().FirstOrDefault(v => string.Equals(v.Name, verb, StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            await Console.Error.WriteLineAsync($"Unknown command '{verb}'. Use: chat, match, risk, or no command to run the bot.");
            return 2;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        return await command.RunAsync(host.Services, options, cancellation.Token);
    }
}
