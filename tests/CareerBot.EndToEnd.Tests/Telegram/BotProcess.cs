using System.Collections.Concurrent;
using System.Diagnostics;

namespace CareerBot.EndToEnd.Tests.Telegram;

/// <summary>The real CareerBot host (built dll) as a child process, configured for the emulator by environment variables.</summary>
internal sealed class BotProcess : IAsyncDisposable
{
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

    public string Output => string.Join('\n', _output);

    public bool HasExited => _process.HasExited;

    public static BotProcess Start(string apiBaseUrl, string databasePath, IReadOnlyDictionary<string, string>? settings = null)
    {
        var start = new ProcessStartInfo("dotnet", $"\"{RepositoryPaths.HostDll}\"")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(databasePath)!,
        };
        start.Environment["Telegram__BotToken"] = TelegramEmulator.Token;
        start.Environment["Telegram__ApiBaseUrl"] = apiBaseUrl;
        start.Environment["Storage__DatabasePath"] = databasePath;
        start.Environment["Telegram__PollTimeoutSeconds"] = "2";
        start.Environment["Telegram__PendingRedeliverySeconds"] = "2";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__CareerBot"] = "Debug";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        process.StandardInput.Close(); // a bot host runs with stdin closed
        return new BotProcess(process);
    }

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
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
}
