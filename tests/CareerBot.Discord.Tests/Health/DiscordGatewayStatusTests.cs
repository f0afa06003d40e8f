using CareerBot.Discord.Health;
using CareerBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Discord.Tests.Health;

/// <summary>The real gateway client against the fake gateway keeps the status the health check reads.</summary>
public sealed class DiscordGatewayStatusTests : IAsyncLifetime
{
    private readonly DiscordTestHost _host = new();
    private readonly RecordingDispatchHandler _handler = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task GatewayClient_ReadyAckThenClose_StatusFollows()
    {
        var sut = _host.Services.GetRequiredService<DiscordGatewayStatus>();
        _ = _host.RunGatewayAsync(_handler);
        var connection = await _host.Server.NextConnectionAsync();
        await connection.SendHelloAsync(45000);
        await connection.ReceiveOpAsync(2);
        var connectedBeforeReady = sut.IsConnected;

        await connection.SendReadyAsync(resumeUrl: _host.Server.ResumeUrl);
        await _handler.NextAsync();
        var connectedAfterReady = sut.IsConnected;
        await connection.SendOpAsync(11, null);
        var acknowledged = await WaitUntilAsync(() => sut.LastHeartbeatAck is not null);
        await connection.CloseAsync(4000);
        var disconnected = await WaitUntilAsync(() => !sut.IsConnected);

        Assert.False(connectedBeforeReady);
        Assert.True(connectedAfterReady);
        Assert.True(acknowledged);
        Assert.True(disconnected);
        Assert.NotNull(sut.LastEvent);
    }

    // Waits in real time for the client's receive loop; the clock the client reads is the fake one.
    private static async Task<bool> WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 1000 && !condition(); i++)
        {
            await Task.Delay(5);
        }

        return condition();
    }
}
