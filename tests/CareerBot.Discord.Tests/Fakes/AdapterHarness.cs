using System.Text.Json;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>
/// The whole adapter (AddDiscordAdapter) on a fake Discord, with a scripted dialogue behind ITurnProcessor and the real
/// OutboxDispatcher (over an in-memory store) delivering through the Discord sender, started and stopped as the host does.
/// </summary>
internal sealed class AdapterHarness : IAsyncDisposable
{
    private int _sequence = 1;

    /// <param name="settings">Configuration on top of the test host's (e.g. Discord:ShardId).</param>
    public AdapterHarness(
        Func<IncomingMessage, IReadOnlyList<OutgoingMessage>> script,
        InMemoryPlatformStateStore? state = null,
        Dictionary<string, string?>? settings = null)
    {
        State = state ?? new InMemoryPlatformStateStore();
        Host = new DiscordTestHost(
            services =>
            {
                services.AddSingleton<IConversationStore>(Store);
                services.AddSingleton<OutboxDispatcher>();
                services.AddSingleton<ITurnProcessor>(sp => new ScriptedTurnProcessor(script, Store, sp.GetRequiredService<OutboxDispatcher>()));
                services.AddSingleton<IPlatformStateStore>(State);
                services.AddDiscordAdapter();
            },
            settings);
    }

    public DiscordTestHost Host { get; }

    public FakeDiscordServer Server => Host.Server;

    public ScriptedTurnProcessor Processor => (ScriptedTurnProcessor)Host.Services.GetRequiredService<ITurnProcessor>();

    public InMemoryConversationStore Store { get; } = new();

    public InMemoryPlatformStateStore State { get; }

    public FakeGatewayConnection Gateway { get; private set; } = null!;

    private OutboxDispatcher Dispatcher => Host.Services.GetRequiredService<OutboxDispatcher>();

    /// <summary>As the host: replies left in the outbox are queued first, then the adapter connects and gets READY.</summary>
    public async Task StartAsync()
    {
        Gateway = await StartServicesAsync();
        Gateway.AutoAck = true;
        await Gateway.SendHelloAsync();
        await Gateway.ReceiveOpAsync(2);
        await Gateway.SendReadyAsync(userId: Some.BotId, applicationId: Some.BotId);
    }

    /// <summary>Starts the adapter and returns its first gateway connection, before Hello.</summary>
    public async Task<FakeGatewayConnection> StartServicesAsync()
    {
        await Dispatcher.RecoverAsync(CancellationToken.None);
        foreach (var service in Host.Services.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
        }

        Gateway = await Server.NextConnectionAsync();
        return Gateway;
    }

    public Task DispatchAsync(string type, object data) => Gateway.SendDispatchAsync(type, data, ++_sequence);

    public async Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool> match, int count = 1) =>
        (await Server.WaitForRequestsAsync(match, count))[count - 1];

    public static string Content(RecordedRequest request) => request.Json.GetProperty("content").GetString() ?? "";

    public static IReadOnlyList<JsonElement> Buttons(JsonElement message) =>
        message.TryGetProperty("components", out var rows) && rows.ValueKind == JsonValueKind.Array
            ? rows.EnumerateArray().SelectMany(r => r.GetProperty("components").EnumerateArray()).ToList()
            : [];

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        foreach (var service in Host.Services.GetServices<IHostedService>())
        {
            await service.StopAsync(timeout.Token);
        }

        await Dispatcher.StopAsync(timeout.Token);
        await Host.DisposeAsync();
    }
}
