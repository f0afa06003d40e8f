using System.Text.Json;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>The whole adapter (AddDiscordAdapter) on a fake Discord, with a scripted dialogue behind ITurnProcessor.</summary>
internal sealed class AdapterHarness : IAsyncDisposable
{
    private int sequence = 1;

    public AdapterHarness(Func<IncomingMessage, IReadOnlyList<OutgoingMessage>> script, InMemoryPlatformStateStore? state = null)
    {
        Processor = new ScriptedTurnProcessor(script);
        State = state ?? new InMemoryPlatformStateStore();
        Host = new DiscordTestHost(services =>
        {
            services.AddSingleton<ITurnProcessor>(Processor);
            services.AddSingleton<IPlatformStateStore>(State);
            services.AddDiscordAdapter();
        });
    }

    public DiscordTestHost Host { get; }

    public FakeDiscordServer Server => Host.Server;

    public ScriptedTurnProcessor Processor { get; }

    public InMemoryPlatformStateStore State { get; }

    public FakeGatewayConnection Gateway { get; private set; } = null!;

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
        foreach (var service in Host.Services.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
        }

        Gateway = await Server.NextConnectionAsync();
        return Gateway;
    }

    public Task DispatchAsync(string type, object data) => Gateway.SendDispatchAsync(type, data, ++sequence);

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

        await Host.DisposeAsync();
    }
}
