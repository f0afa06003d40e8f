using CareerBot.Core.Texts;
using CareerBot.Telegram.Routing;

namespace CareerBot.Telegram.Tests.Routing;

public sealed class ReplyAddressTests
{
    [Theory]
    [InlineData(4242L, null, Language.English)]
    [InlineData(-1009876543210L, 7, Language.Dutch)]
    public void TryParse_FormattedAddress_RoundTrips(long chatId, int? thread, Language language)
    {
        var sut = new ReplyAddress(chatId, thread, language);

        var parsed = ReplyAddress.TryParse(sut.Format());

        Assert.Equal(sut, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("discord|1|2|en")]
    [InlineData("tg|notanumber||en")]
    [InlineData("tg|1|2")]
    public void TryParse_Garbage_ReturnsNull(string? value)
    {
        var parsed = ReplyAddress.TryParse(value);

        Assert.Null(parsed);
    }
}
