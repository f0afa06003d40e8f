using System.Text.Json;
using CareerBot.Telegram.Routing;
using CareerBot.Telegram.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace CareerBot.Telegram.Tests.Routing;

/// <summary>Updates the library reads although a required object is missing (it leaves it null): ignored, never a crash.</summary>
public sealed class MalformedUpdateMapperTests
{
    [Theory]
    [InlineData("""{"update_id":1,"message":{"message_id":1,"date":1,"text":"hi"}}""", "message without chat")]
    [InlineData("""{"update_id":1,"message":{}}""", "message without chat")]
    [InlineData("""{"update_id":1,"my_chat_member":{}}""", "my_chat_member without chat or member")]
    [InlineData("""{"update_id":1,"my_chat_member":{"chat":{"id":1,"type":"private"},"new_chat_member":null}}""", "my_chat_member without chat or member")]
    public void Map_RequiredObjectMissing_Ignored(string json, string reason)
    {
        var route = TelegramUpdateMapper.Map(Read(json), Some.Bot);

        Assert.Equal(RouteKind.Ignore, route.Kind);
        Assert.Equal(reason, route.Reason);
    }

    [Theory]
    [InlineData("""{"update_id":1,"callback_query":{"id":"q1","chat_instance":"-1","data":"goal:stay","message":{"message_id":2,"chat":{"id":5,"type":"private"},"date":1}}}""")]
    [InlineData("""{"update_id":1,"callback_query":{"id":"q1","from":{"id":5,"is_bot":false,"first_name":"A"},"chat_instance":"-1","data":"goal:stay","message":{"message_id":2,"date":1}}}""")]
    public void Map_ButtonWithoutSenderOrChat_AnsweredButIgnored(string json)
    {
        var route = TelegramUpdateMapper.Map(Read(json), Some.Bot);

        Assert.Equal(RouteKind.Ignore, route.Kind);
        Assert.Equal("q1", route.Button?.QueryId);
    }

    [Fact]
    public void Map_ButtonOnKeyboardWithNullRows_StillTheTurn()
    {
        var json = """{"update_id":1,"callback_query":{"id":"q1","from":{"id":5,"is_bot":false,"first_name":"A"},"chat_instance":"-1","data":"goal:stay","message":{"message_id":2,"chat":{"id":5,"type":"private"},"date":1,"text":"Q?","reply_markup":{"inline_keyboard":[null,[null]]}}}}""";

        var route = TelegramUpdateMapper.Map(Read(json), Some.Bot);

        Assert.Equal(RouteKind.Dialogue, route.Kind);
        Assert.Equal("goal:stay", route.Message?.ChoicePayload);
        Assert.Null(route.Button?.Label);
    }

    private static Update Read(string json) => JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options)!;
}
