using CareerBot.Core.Communities;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;

namespace CareerBot.Storage.Contract.Tests.Contracts;

/// <summary>What every store gives a community's pulse: the answers of the interviews started from it in a window, and nothing of the forgotten.</summary>
public abstract class CommunityInterviewStoreContract : StoreContract
{
    private static readonly CommunityKey Group = new(Platform.Telegram, "-1001234567890");

    [Fact]
    public async Task ListAsync_InterviewsFromTheCommunity_ReturnsOnlyTheirAnswers()
    {
        await SaveAsync("a", Group.Id, Now.AddDays(-3), worry: 4, soc: "43-4051", goal: CareerGoal.Retrain);
        await SaveAsync("b", Group.Id, Now.AddDays(-2), worry: null, soc: null, goal: null);
        await SaveAsync("other-group", "-100999", Now.AddDays(-2));
        await SaveAsync("no-group", null, null);

        var sut = await Store.CommunityInterviews.ListAsync(Group, Now.AddDays(-30), Now, CancellationToken.None);

        Assert.Equal(2, sut.Count);
        Assert.Contains(new CommunityInterview(4, "43", CareerGoal.Retrain), sut);
        Assert.Contains(new CommunityInterview(null, null, null), sut);
    }

    [Fact]
    public async Task ListAsync_StoredGoalThatIsNoGoal_ReadAsNotChosen()
    {
        await SaveAsync("a", Group.Id, Now.AddDays(-1), goal: (CareerGoal)7);

        var sut = await Store.CommunityInterviews.ListAsync(Group, Now.AddDays(-30), Now, CancellationToken.None);

        Assert.Null(Assert.Single(sut).Goal);
    }

    [Fact]
    public async Task ListAsync_OtherPlatformWithTheSameId_NotCounted()
    {
        await SaveAsync("a", Group.Id, Now.AddDays(-1), platform: Platform.Discord);

        var sut = await Store.CommunityInterviews.ListAsync(Group, Now.AddDays(-30), Now, CancellationToken.None);

        Assert.Empty(sut);
    }

    [Fact]
    public async Task ListAsync_OutsideTheWindow_NotCounted()
    {
        await SaveAsync("too-old", Group.Id, Now.AddDays(-31));
        await SaveAsync("first-moment", Group.Id, Now.AddDays(-30));
        await SaveAsync("too-new", Group.Id, Now);

        var sut = await Store.CommunityInterviews.ListAsync(Group, Now.AddDays(-30), Now, CancellationToken.None);

        Assert.Single(sut);
    }

    [Fact]
    public async Task ListAsync_PersonForgotten_DropsOut()
    {
        for (var i = 0; i < 5; i++)
        {
            await SaveAsync($"person-{i}", Group.Id, Now.AddDays(-1));
        }

        await Store.Conversations.ForgetAsync(new ConversationKey(Platform.Telegram, "person-2"), CancellationToken.None);
        var sut = await Store.CommunityInterviews.ListAsync(Group, Now.AddDays(-30), Now, CancellationToken.None);

        Assert.Equal(4, sut.Count);
        Assert.Null(PulseCounter.Count(PulseWindow.Before(Now), sut).People);
    }

    [Fact]
    public async Task ListAsync_PersonRemovedByRetention_DropsOut()
    {
        await SaveAsync("idle", Group.Id, Now);
        Store.Time.Advance(TimeSpan.FromDays(91));

        await Store.SweepIdleAsync();
        var sut = await Store.CommunityInterviews.ListAsync(Group, DateTimeOffset.UnixEpoch, Now, CancellationToken.None);

        Assert.Empty(sut);
    }

    [Fact]
    public async Task ListAsync_AfterARestart_StillFound()
    {
        await SaveAsync("a", Group.Id, Now.AddDays(-1));

        await Store.RestartAsync();
        var sut = await Store.CommunityInterviews.ListAsync(Group, Now.AddDays(-30), Now, CancellationToken.None);

        Assert.Single(sut);
    }

    private async Task SaveAsync(string user, string? community, DateTimeOffset? since, int? worry = 3, string? soc = "27-3043", CareerGoal? goal = CareerGoal.NotSure, Platform platform = Platform.Telegram)
    {
        var conversation = Some.Conversation(new ConversationKey(platform, user)) with
        {
            Community = community,
            CommunitySince = since,
            WorryLevel = worry,
            CurrentSoc = soc,
            Goal = goal,
            StartedAt = Now,
            LastActivity = Now,
        };
        await Store.Conversations.SaveTurnAsync(Some.Turn(conversation, Now, replies: 0, messageId: $"{platform}/{user}/turn"), CancellationToken.None);
    }
}
