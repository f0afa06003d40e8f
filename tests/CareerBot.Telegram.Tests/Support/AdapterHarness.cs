using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using CareerBot.Core.Tests.Support;
using CareerBot.Telegram.Polling;
using CareerBot.Telegram.Sending;
using Microsoft.Extensions.Hosting;
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
    public AdapterHarness(Action<Dictionary<string, string?>>? configure = null, Action<IServiceCollection>? replace = null, bool sharedLeases = false)
    {
        Api = new FakeTelegramApi(Clock);
        Leases = new InMemoryLeaseStore(Clock, spansProcesses: sharedLeases);
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
        services.AddSingleton<IConversationStore>(Processor);
        services.AddSingleton<IPlatformStateStore>(State);
        services.AddSingleton<ILeaseStore>(Leases);
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton(new DialogueEngine(new FakeTitleMatcher(), new FakeOccupationCatalog(), new EmptyDialogueData(), new DialogueSettings()));
        services.AddSingleton(new OccupationLookup(new FakeTitleMatcher(), new FakeOccupationCatalog(), new DialogueSettings()));
        services.AddTelegramAdapter();
        services.AddHttpClient(TelegramServiceCollectionExtensions.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => Api)
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        replace?.Invoke(services);
        Services = services.BuildServiceProvider();
        Processor.Dispatcher = Dispatcher;
        _acknowledger = Get<ButtonAcknowledger>();
        _acknowledger.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    private readonly ButtonAcknowledger _acknowledger;

    public OutboxDispatcher Dispatcher => Get<OutboxDispatcher>();

    /// <summary>The inbound loop alone (the acknowledger runs from the start).</summary>
    public IHostedService PollingService => Services.GetServices<IHostedService>().OfType<TelegramPollingService>().Single();

    /// <summary>Webhook mode's start-up (setWebhook, menus); inert in polling mode.</summary>
    public IHostedService WebhookService => Services.GetServices<IHostedService>().OfType<CareerBot.Telegram.Webhook.TelegramWebhookService>().Single();

    /// <summary>Moves the fake clock on until every reply handed to the dispatcher is settled and its confirmation written.</summary>
    public Task<bool> SettledAsync(int maxSteps = 3000) => WaitUntilAsync(() => Dispatcher.Pending == 0 && Processor.OutboxCount == 0, maxSteps);

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

    public FakeTelegramApi Api { get; }

    public FakeTurnProcessor Processor { get; } = new();

    public FakePlatformStateStore State { get; } = new();

    /// <summary>Leases of one process by default (as LiteDB's); a test of several processes sets SpansProcesses.</summary>
    public InMemoryLeaseStore Leases { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public ServiceProvider Services { get; }

    public ChatDirectory Chats => Get<ChatDirectory>();

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

    public async ValueTask DisposeAsync()
    {
        await _acknowledger.StopAsync(CancellationToken.None);
        await Dispatcher.StopAsync(CancellationToken.None);
        await Services.DisposeAsync();
    }
}
