using CareerBot.Telegram.Health;
using CareerBot.Telegram.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CareerBot.Telegram.Tests.Health;

/// <summary>The polling service keeps the status, and the adapter's registration puts its check into the health service.</summary>
public sealed class TelegramStatusPollingTests : IAsyncDisposable
{
    private readonly AdapterHarness _harness = new();

    [Fact]
    public async Task Poll_Succeeds_StatusRecordsPollAndUpdate()
    {
        var sut = _harness.Get<TelegramStatus>();
        _harness.Api.QueueUpdates(Some.PrivateText(10, "hi"));
        var polling = _harness.PollingService;

        await polling.StartAsync(CancellationToken.None);
        var polled = await _harness.WaitUntilAsync(() => _harness.Api.CallsTo("getUpdates").Count >= 2);
        await polling.StopAsync(CancellationToken.None);

        Assert.True(polled);
        Assert.NotNull(sut.LastPoll);
        Assert.NotNull(sut.LastUpdate);
    }

    [Fact]
    public void AddTelegramAdapter_Token_RegistersTheTelegramCheck()
    {
        var registrations = _harness.Get<IOptions<HealthCheckServiceOptions>>().Value.Registrations;

        var registration = Assert.Single(registrations, r => r.Name == TelegramHealthCheck.Name);
        Assert.IsType<TelegramHealthCheck>(registration.Factory(_harness.Services));
    }

    public async ValueTask DisposeAsync() => await _harness.DisposeAsync();
}
