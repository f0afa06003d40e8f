using CareerBot.Discord.Gateway;
using CareerBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Discord.Tests.Gateway;

public sealed class GatewayPartsTests
{
    [Fact]
    public async Task SlidingWindowBudget_121stSendInAMinute_WaitsForTheWindow()
    {
        var time = new FakeTimeProvider();
        var sut = SlidingWindowBudget.ForGateway(time);
        for (var i = 0; i < 120; i++)
        {
            await sut.WaitAsync(CancellationToken.None);
        }

        var next = sut.WaitAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(59));
        var waitedAt59 = !next.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(1));
        await next.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(waitedAt59);
    }

    [Fact]
    public void ReconnectBackoff_RepeatedFailures_GrowsToTheCapAndResetsWhenHealthy()
    {
        var sut = new ReconnectBackoff(new FixedRandom(1.0));
        var failure = new ConnectionOutcome(ReconnectAction.Resume, "dropped");

        var delays = Enumerable.Range(0, 9).Select(_ => sut.Next(failure).TotalSeconds).ToList();
        var afterHealthy = sut.Next(failure with { WasHealthy = true, Immediate = true });

        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60], delays);
        Assert.Equal(TimeSpan.Zero, afterHealthy);
    }

    [Theory]
    [InlineData(4004, (int)ReconnectAction.Fatal)]
    [InlineData(4014, (int)ReconnectAction.Fatal)]
    [InlineData(4007, (int)ReconnectAction.Identify)]
    [InlineData(4009, (int)ReconnectAction.Identify)]
    [InlineData(4000, (int)ReconnectAction.Resume)]
    [InlineData(1001, (int)ReconnectAction.Resume)]
    [InlineData(null, (int)ReconnectAction.Resume)]
    public void GatewayCloseCodes_Classify_FollowsTheReconnectColumn(int? code, int expected)
    {
        Assert.Equal((ReconnectAction)expected, GatewayCloseCodes.Classify(code));
    }

    [Fact]
    public void GatewayIdentity_ToString_HidesToken()
    {
        var sut = new GatewayIdentity(DiscordTestHost.Token, 37377, 0, 1);

        Assert.DoesNotContain(DiscordTestHost.Token, sut.ToString(), StringComparison.Ordinal);
    }
}
