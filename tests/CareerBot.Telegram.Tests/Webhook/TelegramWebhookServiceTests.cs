using CareerBot.Telegram.Health;
using CareerBot.Telegram.Polling;
using CareerBot.Telegram.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Telegram.Tests.Webhook;

/// <summary>Webhook mode's start-up: setWebhook with the secret, the update types and max_connections, once per unchanged deploy, by one process at a time.</summary>
public sealed class TelegramWebhookServiceTests
{
    private const string Url = "https://bot.example.org/telegram/webhook";
    private const string Secret = "unit_Secret-42";

    [Fact]
    public async Task StartAsync_WebhookMode_SetsTheWebhookPublishesMenusAndNeverPolls()
    {
        await using var harness = CreateHarness();
        var sut = harness.WebhookService;

        await sut.StartAsync(CancellationToken.None);
        var set = await harness.WaitUntilAsync(() => harness.Get<TelegramStatus>().WebhookSetAt is not null);
        await harness.PollingService.StartAsync(CancellationToken.None);
        await harness.PollingService.StopAsync(CancellationToken.None);
        await sut.StopAsync(CancellationToken.None);

        Assert.True(set);
        var call = Assert.Single(harness.Api.CallsTo("setWebhook"));
        Assert.Equal(Url, call.Body["url"]!.GetValue<string>());
        Assert.Equal(Secret, call.Body["secret_token"]!.GetValue<string>());
        Assert.Equal(7, call.Body["max_connections"]!.GetValue<int>());
        Assert.Equal(["message", "edited_message", "callback_query", "my_chat_member", "inline_query", "chosen_inline_result"], call.Body["allowed_updates"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal(6, harness.Api.CallsTo("setMyCommands").Count);
        Assert.Equal(2, harness.Api.CallsTo("setMyDescription").Count);
        Assert.Empty(harness.Api.CallsTo("getUpdates"));
        Assert.Empty(harness.Api.CallsTo("deleteWebhook"));
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(harness)).Status);
    }

    [Fact]
    public async Task StartAsync_SameSettingsAgain_NoSecondSetWebhook()
    {
        var state = new FakePlatformStateStore();
        await using (var first = CreateHarness(state))
        {
            await StartAndSettleAsync(first);
        }

        await using var harness = CreateHarness(state);

        await StartAndSettleAsync(harness);

        Assert.Empty(harness.Api.CallsTo("setWebhook"));
        Assert.Empty(harness.Api.CallsTo("setMyCommands"));
        Assert.NotNull(harness.Get<TelegramStatus>().WebhookSetAt);
    }

    [Fact]
    public async Task StartAsync_ChangedSecret_SetsTheWebhookAgain()
    {
        var state = new FakePlatformStateStore();
        await using (var first = CreateHarness(state))
        {
            await StartAndSettleAsync(first);
        }

        await using var harness = CreateHarness(state, secret: "rotated_Secret-43");

        await StartAndSettleAsync(harness);

        Assert.Equal("rotated_Secret-43", Assert.Single(harness.Api.CallsTo("setWebhook")).Body["secret_token"]!.GetValue<string>());
    }

    [Fact]
    public async Task StartAsync_AnotherProcessHoldsTheSetupLease_WaitsWithoutCallingUntilItIsFree()
    {
        await using var harness = CreateHarness(sharedLeases: true);
        await harness.Leases.TryAcquireAsync(TelegramStartup.SetupLease, "other-process", TelegramStartup.SetupLeaseDuration, CancellationToken.None);
        var sut = harness.WebhookService;

        await sut.StartAsync(CancellationToken.None);
        await harness.WaitUntilAsync(() => false, maxSteps: 300); // 30 s of fake time
        var whileHeld = harness.Api.CallsTo("setWebhook").Count;
        var health = await CheckAsync(harness);
        await harness.Leases.ReleaseAsync(TelegramStartup.SetupLease, "other-process", CancellationToken.None);
        var set = await harness.WaitUntilAsync(() => harness.Api.CallsTo("setWebhook").Count == 1);
        await sut.StopAsync(CancellationToken.None);

        Assert.Equal(0, whileHeld);
        Assert.Equal(HealthStatus.Degraded, health.Status);
        Assert.True(set);
        Assert.False(harness.Leases.IsHeld(TelegramStartup.SetupLease));
    }

    [Fact]
    public async Task StartAsync_PollingAfterWebhook_DeletesTheWebhookAndForgetsItsHash()
    {
        var state = new FakePlatformStateStore();
        await using (var first = CreateHarness(state))
        {
            await StartAndSettleAsync(first);
        }

        await using var harness = new AdapterHarness(replace: services => services.AddSingleton<CareerBot.Core.Messaging.IPlatformStateStore>(state));

        await harness.PollingService.StartAsync(CancellationToken.None);
        var polled = await harness.WaitUntilAsync(() => harness.Api.CallsTo("getUpdates").Count > 0);
        await harness.PollingService.StopAsync(CancellationToken.None);

        Assert.True(polled);
        Assert.Single(harness.Api.CallsTo("deleteWebhook"));
        Assert.DoesNotContain("telegram:webhook-hash", state.Values.Keys);
    }

    private static AdapterHarness CreateHarness(FakePlatformStateStore? state = null, string secret = Secret, bool sharedLeases = false) => new(
        settings =>
        {
            settings["Telegram:Mode"] = "Webhook";
            settings["Telegram:WebhookUrl"] = Url;
            settings["Telegram:WebhookSecret"] = secret;
            settings["Telegram:WebhookMaxConnections"] = "7";
        },
        services =>
        {
            if (state is not null)
            {
                services.AddSingleton<CareerBot.Core.Messaging.IPlatformStateStore>(state);
            }
        },
        sharedLeases);

    private static async Task StartAndSettleAsync(AdapterHarness harness)
    {
        await harness.WebhookService.StartAsync(CancellationToken.None);
        Assert.True(await harness.WaitUntilAsync(() => harness.Get<TelegramStatus>().WebhookSetAt is not null));
        await harness.WebhookService.StopAsync(CancellationToken.None);
    }

    private static Task<HealthCheckResult> CheckAsync(AdapterHarness harness) =>
        ActivatorUtilities.CreateInstance<TelegramHealthCheck>(harness.Services).CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);
}
