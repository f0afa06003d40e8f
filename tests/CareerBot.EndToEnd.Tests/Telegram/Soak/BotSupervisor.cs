using System.Globalization;

namespace CareerBot.EndToEnd.Tests.Telegram.Soak;

/// <summary>Keeps one real bot process running against the emulator; SIGKILLs and restarts it on demand; tracks peak memory.</summary>
internal sealed class BotSupervisor(string apiBaseUrl, string databasePath, IReadOnlyDictionary<string, string> settings) : IAsyncDisposable
{
    private readonly List<string> _finishedOutputs = [];
    private BotProcess? _bot;

    public int Kills { get; private set; }

    /// <summary>Highest resident set size (VmHWM) any of the bot processes reached, in bytes; 0 where /proc is missing.</summary>
    public long PeakMemoryBytes { get; private set; }

    public BotProcess Current => _bot ?? throw new InvalidOperationException("Not started.");

    /// <summary>Output of every process so far, the running one last.</summary>
    public IEnumerable<string> Outputs => _bot is null ? _finishedOutputs : [.. _finishedOutputs, _bot.Output];

    public void Start() => _bot = TelegramBot.Start(apiBaseUrl, databasePath, settings);

    /// <summary>SIGKILL (no shutdown code runs), then a new process on the same database.</summary>
    public async Task KillAndRestartAsync()
    {
        SamplePeakMemory();
        await Current.KillAsync();
        Kills++;
        _finishedOutputs.Add(Current.Output);
        await Current.DisposeAsync();
        Start();
    }

    public void SamplePeakMemory()
    {
        var status = $"/proc/{Current.Id}/status";
        try
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null && long.TryParse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var kb))
            {
                PeakMemoryBytes = Math.Max(PeakMemoryBytes, kb * 1024);
            }
        }
        catch (IOException)
        {
            // Not Linux, or the process is already gone.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }
}
