using CareerBot.Telegram.Routing;
using CareerBot.Telegram.Tests.Support;

namespace CareerBot.Telegram.Tests.Routing;

/// <summary>The signature on a group's "continue privately" link: only the bot that posted the link can make one.</summary>
public sealed class GroupLinkKeyTests
{
    [Theory]
    [InlineData(-1001234567890L)]
    [InlineData(-42L)]
    [InlineData(long.MinValue + 1)]
    public void Sign_AnyGroup_TenBase64UrlCharactersTheSameKeyAccepts(long groupId)
    {
        var sut = CreateSut();

        var signature = sut.Sign(groupId);

        Assert.Matches("^[A-Za-z0-9_-]{10}$", signature);
        Assert.True(sut.Accepts(groupId, signature));
    }

    [Fact]
    public void Accepts_AnotherGroupsSignature_Refused()
    {
        var sut = CreateSut();

        var accepted = sut.Accepts(-1001234567891L, sut.Sign(-1001234567890L));

        Assert.False(accepted);
    }

    [Fact]
    public void Accepts_SignatureFromAnotherToken_Refused()
    {
        var sut = CreateSut();

        var accepted = sut.Accepts(-42L, GroupLinkKey.FromBotToken("654321:another-bot").Sign(-42L));

        Assert.False(accepted);
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAA")]
    [InlineData("AAAAAAAAAAA")]
    public void Accepts_MissingOrMadeUpSignature_Refused(string signature)
    {
        var sut = CreateSut();

        Assert.False(sut.Accepts(-42L, signature));
    }

    [Fact]
    public void ToString_NeverShowsTheKeyOrToken()
    {
        var sut = CreateSut();

        var text = sut.ToString() + Some.Bot;

        Assert.DoesNotContain(FakeTelegramApi.Token, text, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", text, StringComparison.Ordinal);
    }

    private static GroupLinkKey CreateSut() => GroupLinkKey.FromBotToken(FakeTelegramApi.Token);
}
