using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Telegram.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Telegram.Tests.Support;

/// <summary>
/// The real adapter registration, with the Bot API, clock, dialogue and state replaced by fakes; <c>replace</c> may
/// register other services over them (the last registration wins), e.g. the real turn processor over a counting store.
/// </summary>
internal sealed class AdapterHarness : IAsyncDisposable
{
    public AdapterHarness(Action<Dictionary<string, string?>>? configure = null, Action<IServiceCollection>? replace = null)
    {
        Api = new FakeTelegramApi(Clock);
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = FakeTelegramApi.Token,
            ["Telegram:ApiBaseUrl"] = "http://127.0.0.1:9",
            ["Telegram:PollTimeoutSeconds"] = "5",
        };
        configure?.Invoke(settings);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ITurnProcessor>(Processor);
        services.AddSingleton<IPlatformStateStore>(State);
        services.AddTelegramAdapter();
        services.AddHttpClient(TelegramServiceCollectionExtensions.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => Api)
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        replace?.Invoke(services);
        Services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

    public FakeTelegramApi Api { get; }

    public FakeTurnProcessor Processor { get; } = new();

    public FakePlatformStateStore State { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public ServiceProvider Services { get; }

    public TelegramChatState ChatState => new(State);

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Moves the fake clock on in small steps until the task completes (pacing, retry delays).</summary>
    public async Task<T> DriveAsync<T>(Task<T> task, int maxSteps = 3000)
    {
        await DriveAsync((Task)task, maxSteps);
        return await task;
    }

    public async Task DriveAsync(Task task, int maxSteps = 3000)
    {
        for (var i = 0; i < maxSteps && !task.IsCompleted; i++)
        {
            Clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(1);
        }

        await task;
    }

    /// <summary>Moves the fake clock on until the condition holds; false if it never does.</summary>
    public async Task<bool> WaitUntilAsync(Func<bool> condition, int maxSteps = 3000)
    {
        for (var i = 0; i < maxSteps && !condition(); i++)
        {
            Clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(1);
        }

        return condition();
    }

    public async ValueTask DisposeAsync() => await Services.DisposeAsync();
}
