using CareerBot.Core.Conversations;
using CareerBot.Core.Tests.Support;

namespace CareerBot.Core.Tests.Conversations;

/// <summary>"Start the interview" asked in public: the engine's explicit "continue privately" result (issue 12).</summary>
public class DialogueEngineContinuePrivatelyTests
{
    private readonly DialogueEngine _sut = EngineDriver.CreateEngine();

    [Theory]
    [InlineData("/career")]
    [InlineData("/start")]
    public void Handle_StartInPublicWhereThePlatformCanOpenAPrivateChat_InterviewStartsThereInTheSameTurn(string command)
    {
        var message = Some.Text(command, direct: false) with { CanOpenPrivateChat = true, ChannelId = "c1" };

        var turn = _sut.Handle(null, message, Some.Now);

        var privately = turn.Replies.TakeWhile(r => r.InPrivateChat).ToList();
        Assert.NotEmpty(privately);
        Assert.True(turn.Replies[^1].InvitesPrivateChat);
        Assert.False(turn.Replies[^1].InPrivateChat);
        Assert.Equal(turn.Replies.Count - 1, privately.Count);
        Assert.NotNull(turn.Conversation);
        Assert.Equal(1, turn.Conversation.Turns);
    }

    [Fact]
    public void Handle_StartInPublicWherePrivateChatsCannotBeOpened_OnlyTheInvitationAndNothingStored()
    {
        var message = Some.Text("/career", direct: false) with { CanOpenPrivateChat = false, ChannelId = "c1" };

        var turn = _sut.Handle(null, message, Some.Now);

        Assert.True(Assert.Single(turn.Replies).InvitesPrivateChat);
        Assert.Null(turn.Conversation);
    }

    [Theory]
    [InlineData("/forget")]
    [InlineData("/restart")]
    [InlineData("/risk nurse")]
    public void Handle_OtherCommandsInPublic_NeverOpenAPrivateChat(string command)
    {
        var message = Some.Text(command, direct: false) with { CanOpenPrivateChat = true, ChannelId = "c1" };

        var turn = _sut.Handle(null, message, Some.Now);

        Assert.DoesNotContain(turn.Replies, r => r.InPrivateChat);
    }
}
