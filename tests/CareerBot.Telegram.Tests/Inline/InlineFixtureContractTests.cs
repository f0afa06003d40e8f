using CareerBot.Telegram.Routing;
using CareerBot.Telegram.Tests.Support;
using Telegram.Bot.Types.Enums;

namespace CareerBot.Telegram.Tests.Inline;

/// <summary>The inline-mode updates as Telegram.Bot reads them (JsonBotAPI.Options) from the copied fixtures, and how they are routed.</summary>
public sealed class InlineFixtureContractTests
{
    [Fact]
    public void Deserialize_InlineQueryFixture_ReadsTheQueryAndTheSender()
    {
        var sut = Fixture.Update("telegram_inline_query.json");

        Assert.Equal(UpdateType.InlineQuery, sut.Type);
        var query = sut.InlineQuery!;
        Assert.Equal("134567890097", query.Id);
        Assert.Equal("inline query", query.Query);
        Assert.Equal("offset", query.Offset);
        Assert.Equal(1111111, query.From.Id);
        Assert.Null(query.From.LanguageCode);
        Assert.NotNull(query.Location);
    }

    [Fact]
    public void Deserialize_ChosenInlineResultFixture_ReadsTheResultAndTheInlineMessage()
    {
        var sut = Fixture.Update("telegram_chosen_inline_result.json");

        Assert.Equal(UpdateType.ChosenInlineResult, sut.Type);
        var chosen = sut.ChosenInlineResult!;
        Assert.Equal("12", chosen.ResultId);
        Assert.Equal("inline query", chosen.Query);
        Assert.Equal("1234csdbsk4839", chosen.InlineMessageId);
        Assert.Equal(1111111, chosen.From.Id);
    }

    [Theory]
    [InlineData("telegram_inline_query.json", "InlineQuery")]
    [InlineData("telegram_chosen_inline_result.json", "InlineChosen")]
    public void Map_InlineFixture_NoConversationNoChatNoPerson(string file, string expected)
    {
        var sut = TelegramUpdateMapper.Map(Fixture.Update(file), Some.Bot);

        Assert.Equal(expected, sut.Kind.ToString());
        Assert.Null(sut.Message);
        Assert.Equal(0, sut.ChatId);
        Assert.Null(sut.Locale);
        Assert.Null(sut.Button);
    }
}
