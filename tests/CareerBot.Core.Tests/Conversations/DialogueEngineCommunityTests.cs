using CareerBot.Core.Conversations;
using CareerBot.Core.Tests.Support;

namespace CareerBot.Core.Tests.Conversations;

/// <summary>The community an interview was started from, kept for that community's pulse (issue 15).</summary>
public class DialogueEngineCommunityTests
{
    private readonly DialogueEngine _sut = EngineDriver.CreateEngine();

    [Fact]
    public void Handle_CareerInAServerThatOpensTheDmAtOnce_RecordsTheServerAndWhen()
    {
        var message = Some.Text("/career", direct: false) with { CanOpenPrivateChat = true, ChannelId = "c1", Community = "guild-1" };

        var turn = _sut.Handle(null, message, Some.Now);

        Assert.Equal("guild-1", turn.Conversation?.Community);
        Assert.Equal(Some.Now, turn.Conversation?.CommunitySince);
    }

    [Theory]
    [InlineData("/start")]
    [InlineData("/career")]
    public void Handle_PrivateStartFromACommunityLink_RecordsTheCommunity(string command)
    {
        var message = Some.Text(command) with { Community = "-1001234" };

        var turn = _sut.Handle(null, message, Some.Now);

        Assert.Equal("-1001234", turn.Conversation?.Community);
        Assert.Equal(Some.Now, turn.Conversation?.CommunitySince);
    }

    [Fact]
    public void Handle_PrivateStartWithoutACommunity_KeepsTheOneBefore()
    {
        var driver = new EngineDriver(_sut);
        driver.Send(Some.Text("/start") with { Community = "-1001234" });
        var since = driver.Conversation!.CommunitySince;

        driver.Say("/start");
        driver.Say("I'm a nurse");

        Assert.Equal("-1001234", driver.Conversation!.Community);
        Assert.Equal(since, driver.Conversation.CommunitySince);
    }

    [Fact]
    public void Handle_CareerAgainFromTheSameCommunity_KeepsTheFirstTime()
    {
        var driver = new EngineDriver(_sut);
        driver.Send(Some.Text("/start") with { Community = "-1001234" });
        var since = driver.Conversation!.CommunitySince;
        driver.Now = Some.Now.AddDays(3);

        driver.Send(Some.Text("/career") with { Community = "-1001234" });

        Assert.Equal(since, driver.Conversation!.CommunitySince);
    }

    [Fact]
    public void Handle_StartFromAnotherCommunity_RecordsItAndWhen()
    {
        var driver = new EngineDriver(_sut);
        driver.Send(Some.Text("/start") with { Community = "-1001234" });
        driver.Now = Some.Now.AddDays(3);

        driver.Send(Some.Text("/start") with { Community = "-1005678" });

        Assert.Equal(("-1005678", (DateTimeOffset?)driver.Now), (driver.Conversation!.Community, driver.Conversation.CommunitySince));
    }

    [Fact]
    public void Handle_OtherMessageCarryingACommunity_DoesNotRecordIt()
    {
        var message = Some.Text("I'm a nurse") with { Community = "-1001234" };

        var turn = _sut.Handle(null, message, Some.Now);

        Assert.Null(turn.Conversation?.Community);
    }

    [Fact]
    public void Handle_Restart_KeepsTheCommunity()
    {
        var driver = new EngineDriver(_sut);
        driver.Send(Some.Text("/start") with { Community = "-1001234" });
        var since = driver.Conversation!.CommunitySince;

        driver.Say("/restart");

        Assert.Equal("-1001234", driver.Conversation!.Community);
        Assert.Equal(since, driver.Conversation.CommunitySince);
    }

    [Fact]
    public void Handle_PublicLookUpInAServer_StoresNothing()
    {
        var message = Some.Text("/risk nurse", direct: false) with { CanOpenPrivateChat = true, ChannelId = "c1", Community = "guild-1" };

        var turn = _sut.Handle(null, message, Some.Now);

        Assert.Null(turn.Conversation);
    }
}
