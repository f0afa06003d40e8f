using System.Text.Json;
using CareerBot.Discord.Entities;
using CareerBot.Discord.Translation;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.Discord.Tests.Translation;

public sealed class MessageTranslatorTests
{
    [Fact]
    public void Translate_DmFixture_IsDirectWithChannelAddress()
    {
        var message = Read("discord_message_create_dm_shaped.json");

        var sut = MessageTranslator.Translate(message, Some.BotId)!;

        Assert.True(sut.IsDirect);
        Assert.Equal("a", sut.Text);
        Assert.Equal("302917639565475840", sut.MessageId);
        Assert.Equal("114941315417899012", sut.Key.UserId);
        Assert.Equal("c|244567637332328449", sut.ReplyAddress);
        Assert.Null(sut.ChannelId);
        Assert.Null(sut.Community);
    }

    [Theory]
    [InlineData("<@900000000000000001> is copywriting at risk?", "/risk is copywriting at risk?")]
    [InlineData("<@!900000000000000001>   nurse", "/risk nurse")]
    [InlineData("<@900000000000000001>", "/help")]
    [InlineData("  <@900000000000000001>  ", "/help")]
    [InlineData("<@900000000000000001> /stories", "/stories")]
    [InlineData("hey <@123> and <@900000000000000001> 🤖 <b>baker</b>", "/risk hey <@123> and   🤖 <b>baker</b>")]
    public void Translate_MentionInServer_BecomesCommandText(string content, string expected)
    {
        var message = Guild(content, mentionsBot: true);

        var sut = MessageTranslator.Translate(message, Some.BotId)!;

        Assert.Equal(expected, sut.Text);
        Assert.False(sut.IsDirect);
        Assert.Equal(Some.GuildChannel, sut.ChannelId);
        Assert.Equal(Some.GuildId, sut.Community);
        Assert.StartsWith("r|", sut.ReplyAddress, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_ServerMessageWithoutMention_IsIgnored()
    {
        var sut = MessageTranslator.Translate(Guild("hello all", mentionsBot: false), Some.BotId);

        Assert.Null(sut);
    }

    [Fact]
    public void Translate_FromABotOrOurselves_IsIgnored()
    {
        var fromBot = Guild($"<@{Some.BotId}> hi", mentionsBot: true) with { Author = new DiscordUser { Id = "5", Bot = true } };
        var fromUs = Read("discord_message_create_dm_shaped.json") with { Author = new DiscordUser { Id = Some.BotId } };

        Assert.Null(MessageTranslator.Translate(fromBot, Some.BotId));
        Assert.Null(MessageTranslator.Translate(fromUs, Some.BotId));
    }

    [Fact]
    public void Translate_DmWithoutContent_GivesEmptyTextNotNull()
    {
        var message = Read("discord_message_create_dm_shaped.json") with { Content = null };

        var sut = MessageTranslator.Translate(message, Some.BotId)!;

        Assert.Equal("", sut.Text);
    }

    private static DiscordMessage Guild(string content, bool mentionsBot) => new()
    {
        Id = "1",
        ChannelId = Some.GuildChannel,
        GuildId = Some.GuildId,
        Content = content,
        Author = new DiscordUser { Id = Some.UserId },
        Mentions = mentionsBot ? [new DiscordUser { Id = Some.BotId }] : [],
    };

    private static DiscordMessage Read(string file) =>
        JsonSerializer.Deserialize<DiscordMessage>(File.ReadAllText(Path.Combine("Fixtures", file)), DiscordJson.Options)!;
}
