using CareerBot.Core.Messaging;
using CareerBot.Discord.Gateway;
using CareerBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>The Discord client wired as in production (AddDiscordClient) against a <see cref="FakeDiscordServer"/>, on fake time.</summary>
internal sealed class DiscordTestHost : IAsyncDisposable
{
    public const string Token = "fake-discord-token.for-tests-only.never-real-0001";

    private readonly CancellationTokenSource _stop = new();
    private readonly bool _ownsServer;

    /// <param name="server">A fake Discord shared with other hosts (their shards); by default one of its own, disposed with it.</param>
    /// <param name="time">A clock shared with other hosts; by default one of its own.</param>
    /// <param name="leases">A lease store shared with other hosts (a store spanning processes); by default one of its own.</param>
    public DiscordTestHost(
        Action<IServiceCollection>? configure = null,
        Dictionary<string, string?>? settings = null,
        double jitter = 0.5,
        FakeDiscordServer? server = null,
        FakeTimeProvider? time = null,
        InMemoryLeaseStore? leases = null)
    {
        _ownsServer = server is null;
        Time = time ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));
        Server = server ?? new FakeDiscordServer(Time);
        Leases = leases ?? new InMemoryLeaseStore(Time, spansProcesses: false);
        var values = new Dictionary<string, string?>
        {
            ["Discord:BotToken"] = Token,
            ["Discord:ApiBaseUrl"] = Server.ApiBaseUrl,
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<Random>(new FixedRandom(jitter));
        services.AddSingleton<IPlatformStateStore>(State);
        services.AddSingleton<ILeaseStore>(Leases);
        services.AddSingleton<IChatAdapterSupervisor>(Supervisor);
        services.AddDiscordClient();
        configure?.Invoke(services);
        Services = services.BuildServiceProvider();
    }

    public FakeDiscordServer Server { get; }

    /// <summary>Where the IDENTIFY pacing takes its leases.</summary>
    public InMemoryLeaseStore Leases { get; }

    /// <summary>The adapter state store (the saved gateway session lives here); AdapterHarness may register its own.</summary>
    public InMemoryPlatformStateStore State { get; } = new();

    public RecordingAdapterSupervisor Supervisor { get; } = new();

    public FakeTimeProvider Time { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public ServiceProvider Services { get; }

    public CancellationToken Stopping => _stop.Token;

    public GatewayClient Gateway => Services.GetRequiredService<GatewayClient>();

    public DiscordRestClient Rest => Services.GetRequiredService<DiscordRestClient>();

    /// <summary>Stops the gateway as the host's shutdown does.</summary>
    public Task StopAsync() => _stop.CancelAsync();

    public Task<ConnectionOutcome> RunGatewayAsync(IGatewayDispatchHandler handler) => Task.Run(() => Gateway.RunAsync(handler, _stop.Token));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        // Polly's registry waits for in-flight calls on the pipeline's (fake) clock while disposing: keep time moving.
        await Time.AdvanceUntilAsync(Services.DisposeAsync().AsTask(), TimeSpan.FromSeconds(1));
        if (_ownsServer)
        {
            await Server.DisposeAsync();
        }

        _stop.Dispose();
    }
}
