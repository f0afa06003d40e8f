using CareerBot.Telegram.Routing;
using CareerBot.Telegram.Tests.Support;

namespace CareerBot.Telegram.Tests.Routing;

/// <summary>Private "/start &lt;payload&gt;" deep links and the community a message comes from, on the real start fixture.</summary>
public sealed class DeepLinkMapperTests
{
    [Fact]
    public void Map_StartFromAGroupsSignedLink_PlainCareerStartWithThatGroupAsCommunity()
    {
        var route = Map("/start " + StartPayload.ForChat(-1001234567890L, Some.Bot.GroupLinks));

        Assert.Equal("/start career", route.Message!.Text);
        Assert.Equal("-1001234567890", route.Message.Community);
        Assert.True(route.Message.IsDirect);
        Assert.Null(route.Message.ChannelId);
        Assert.Equal("career from a group", route.StartLinkKind);
    }

    [Theory]
    [InlineData("career-g1001234567890")] // the unsigned link of before: anyone could write it for any group
    [InlineData("career-g42")]
    [InlineData("career-g1001234567890-AAAAAAAAAA")]
    [InlineData("career-g1001234567890-")]
    [InlineData("career-g0-AAAAAAAAAA")]
    public void Map_UnsignedOrWronglySignedGroupLink_PlainCareerStartWithoutCommunity(string payload)
    {
        var route = Map("/start " + payload);

        Assert.Equal("/start career", route.Message!.Text);
        Assert.Null(route.Message.Community);
        Assert.Equal("unsigned", route.StartLinkKind);
    }

    [Fact]
    public void Map_SignatureOfAnotherGroup_NoCommunity()
    {
        var signed = StartPayload.ForChat(-1001234567890L, Some.Bot.GroupLinks);
        var tampered = signed.Replace("career-g1001234567890-", "career-g1001234567891-", StringComparison.Ordinal);

        var route = Map("/start " + tampered);

        Assert.Null(route.Message!.Community);
        Assert.Equal("unsigned", route.StartLinkKind);
    }

    [Fact]
    public void Map_TamperedSignature_NoCommunity()
    {
        var signed = StartPayload.ForChat(-1001234567890L, Some.Bot.GroupLinks);
        var tampered = signed[..^1] + (signed[^1] == 'A' ? 'B' : 'A');

        var route = Map("/start " + tampered);

        Assert.Null(route.Message!.Community);
        Assert.Equal("unsigned", route.StartLinkKind);
    }

    [Theory]
    [InlineData("/start career", "career")]
    [InlineData("/start risk-29-1141", "card")]
    [InlineData("/start risk-99-9999", "card")]
    [InlineData("/start YnZiMTIzbWlzY0BnbWFpbC5jb20", "other")]
    [InlineData("/start career-g", "other")]
    [InlineData("/start career-gx12", "other")]
    [InlineData("/start career-g99999999999999999999", "other")]
    public void Map_OtherStartPayloads_PassedToTheDialogueAsTypedWithoutCommunity(string text, string kind)
    {
        var route = Map(text);

        Assert.Equal(text, route.Message!.Text);
        Assert.Null(route.Message.Community);
        Assert.Equal(kind, route.StartLinkKind);
    }

    [Theory]
    [InlineData("/start")]
    [InlineData("/help")]
    [InlineData("start career-g12")]
    [InlineData("/start career-g12 and more")]
    public void Map_NotADeepLinkStart_NoStartLinkAndNoCommunity(string text)
    {
        var route = Map(text);

        Assert.Equal(text, route.Message!.Text);
        Assert.Null(route.Message.Community);
        Assert.Null(route.StartLinkKind);
    }

    [Theory]
    [InlineData("synthetic_group_start.json", "-1001234567890")]
    [InlineData("synthetic_group_command_botname.json", "-1001234567890")]
    [InlineData("synthetic_callback_query_inline_keyboard.json", null)]
    [InlineData("telegram_private_text.json", null)]
    public void Map_MessageOrButton_CommunityIsTheGroupOrNone(string file, string? community)
    {
        var route = TelegramUpdateMapper.Map(Fixture.Update(file), Some.Bot);

        Assert.Equal(community, route.Message!.Community);
    }

    [Theory]
    [InlineData(-1001234567890L)] // a supergroup
    [InlineData(-42L)]
    [InlineData(long.MinValue + 1)] // the longest id there can be
    public void ForChat_Group_SignedPayloadWithinTelegramsLimitReadsBackAsThatGroup(long chatId)
    {
        var sut = StartPayload.ForChat(chatId, Some.Bot.GroupLinks);

        Assert.StartsWith("career-g" + (-chatId).ToString(System.Globalization.CultureInfo.InvariantCulture) + "-", sut, StringComparison.Ordinal);
        Assert.Matches("^[A-Za-z0-9_-]{1,64}$", sut);
        Assert.Equal(chatId.ToString(System.Globalization.CultureInfo.InvariantCulture), StartPayload.Read("/start " + sut, Some.Bot.GroupLinks)!.Community);
    }

    [Fact]
    public void ForChat_PrivateChat_PlainCareer()
    {
        var sut = StartPayload.ForChat(4242L, Some.Bot.GroupLinks);

        Assert.Equal("career", sut);
        Assert.Null(StartPayload.Read("/start " + sut, Some.Bot.GroupLinks)!.Community);
    }

    // The private /start fixture (written to Telegram's field names) with another text; its entity still marks "/start".
    private static UpdateRoute Map(string text)
    {
        var json = Fixture.Text("synthetic_private_start_deeplink.json").Replace("\"/start career\"", System.Text.Json.JsonSerializer.Serialize(text), StringComparison.Ordinal);
        var update = System.Text.Json.JsonSerializer.Deserialize<global::Telegram.Bot.Types.Update>(json, global::Telegram.Bot.JsonBotAPI.Options)!;
        return TelegramUpdateMapper.Map(update, Some.Bot);
    }
}
