using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace CareerBot.EndToEnd.Tests;

/// <summary>The real CareerBot host (built dll) as a child process with stdin closed, configured by environment variables.</summary>
internal sealed partial class BotProcess : IAsyncDisposable
{
    /// <summary>Configuration that makes the bot listen for HTTP on a port of the system's choosing (see <see cref="HttpAddressAsync"/>).</summary>
    public const string AnyLoopbackPort = "http://127.0.0.1:0";

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private BotProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Everything the process wrote to stdout and stderr so far.</summary>
    public string Output => string.Join('\n', _output);

    public bool HasExited => _process.HasExited;

    /// <summary>The exit code, once <see cref="WaitForExitAsync"/> returned.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>The operating system's process id (e.g. to read /proc/&lt;id&gt;/status).</summary>
    public int Id => _process.Id;

    /// <param name="workingDirectory">The process's current directory.</param>
    /// <param name="environment">Configuration as environment variables (Telegram__BotToken, Storage__DatabasePath …).</param>
    /// <param name="hostDll">The host to run; by default the CareerBot.dll built next to the tests.</param>
    public static BotProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, string? hostDll = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(hostDll ?? Path.Combine(AppContext.BaseDirectory, "CareerBot.dll"));
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.StandardInput.Close(); // a bot host runs with stdin closed
        return new BotProcess(process);
    }

    /// <summary>
    /// The address the bot's HTTP endpoints listen on, e.g. "http://127.0.0.1:41234", read from its start-up line (so
    /// parallel bots configured with <see cref="AnyLoopbackPort"/> never race for a port).
    /// </summary>
    public async Task<string> HttpAddressAsync(TimeSpan? timeout = null)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < (timeout ?? TimeSpan.FromSeconds(60)))
        {
            if (ListeningLine().Match(Output) is { Success: true } match)
            {
                return match.Groups["url"].Value;
            }

            if (HasExited)
            {
                break;
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException("The bot did not report an HTTP address:\n" + Output);
    }

    /// <summary>Waits (real time, bounded) until the process ended by itself.</summary>
    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancellation.Token);
    }

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _process.WaitForExitAsync(timeout.Token);
    }

    /// <summary>SIGTERM: the host shuts down gracefully.</summary>
    public async Task StopAsync()
    {
        using (var kill = Process.Start("kill", $"-TERM {_process.Id}"))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    [GeneratedRegex(@"HTTP endpoints listening on (?<url>https?://[^\s,""]+?:\d+)")]
    private static partial Regex ListeningLine();
}
