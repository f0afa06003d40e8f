using System.Globalization;

namespace CareerBot.EndToEnd.Tests.Cluster;

/// <summary>
/// One bot process of the cluster (a Telegram webhook process or a Discord shard) in its own folder and on its own
/// port, all on the same PostgreSQL database. It can be SIGKILLed and restarted with the same settings.
/// </summary>
internal sealed class ClusterNode : IAsyncDisposable
{
    private readonly DirectoryInfo _folder;
    private readonly Dictionary<string, string> _settings;
    private readonly List<string> _finishedOutputs = [];
    private BotProcess? _process;
    private double _finishedCpu;

    private ClusterNode(string name, DirectoryInfo parent, string connectionString, IReadOnlyDictionary<string, string> settings)
    {
        Name = name;
        Port = FreePort.Next();
        _folder = parent.CreateSubdirectory(name);
        _settings = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["ConnectionStrings__CareerBot"] = connectionString,
            ["Storage__DatabasePath"] = Path.Combine(_folder.FullName, "careerbot.db"),
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Port}",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__CareerBot"] = "Information",
        };
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }
    }

    public string Name { get; }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public int Kills { get; private set; }

    public BotProcess Current => _process ?? throw new InvalidOperationException($"{Name} was not started.");

    /// <summary>Output of every process this node ran, the running one last.</summary>
    public IEnumerable<string> Outputs => _process is null ? _finishedOutputs : [.. _finishedOutputs, _process.Output];

    /// <summary>CPU seconds this node's processes used so far, the killed ones included.</summary>
    public double CpuSeconds => _finishedCpu + (_process is null ? 0 : CpuSampler.SecondsOf([_process.Id]));

    public static ClusterNode TelegramWebhook(
        int index, DirectoryInfo parent, string connectionString, string apiBaseUrl, string webhookUrl, string secret, IReadOnlyDictionary<string, string> extra) =>
        new($"telegram-{index}", parent, connectionString, With(extra, new Dictionary<string, string>
        {
            ["Telegram__BotToken"] = Telegram.TelegramEmulator.Token,
            ["Telegram__ApiBaseUrl"] = apiBaseUrl,
            ["Telegram__Mode"] = "Webhook",
            ["Telegram__WebhookUrl"] = webhookUrl,
            ["Telegram__WebhookSecret"] = secret,
        }));

    public static ClusterNode DiscordShard(
        int shard, int shardCount, DirectoryInfo parent, string connectionString, string apiBaseUrl, string token, IReadOnlyDictionary<string, string> extra) =>
        new($"discord-shard-{shard}", parent, connectionString, With(extra, new Dictionary<string, string>
        {
            ["Discord__BotToken"] = token,
            ["Discord__ApiBaseUrl"] = apiBaseUrl,
            ["Discord__ShardId"] = shard.ToString(CultureInfo.InvariantCulture),
            ["Discord__ShardCount"] = shardCount.ToString(CultureInfo.InvariantCulture),
            ["Discord__SessionSaveSeconds"] = "1",
        }));

    private static Dictionary<string, string> With(IReadOnlyDictionary<string, string> extra, Dictionary<string, string> settings)
    {
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    public void Start() => _process = BotProcess.Start(_folder.FullName, _settings, Telegram.RepositoryPaths.HostDll);

    /// <summary>Waits until GET /healthz answers (any status: the process is up and its store reachable enough to report).</summary>
    public async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var started = TimeProvider.System.GetTimestamp();
        while (TimeProvider.System.GetElapsedTime(started) < timeout)
        {
            if (Current.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited:\n{Current.Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl + "/healthz"));
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"{Name} did not listen on {BaseUrl} within {timeout.TotalSeconds:F0} s:\n{Current.Output}");
    }

    /// <summary>SIGKILL (no shutdown code runs), then the same process again.</summary>
    public async Task KillAndRestartAsync()
    {
        _finishedCpu += CpuSampler.SecondsOf([Current.Id]);
        await Current.KillAsync();
        Kills++;
        _finishedOutputs.Add(Current.Output);
        await Current.DisposeAsync();
        Start();
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
    }
}
