using System.Text.Json;
using CareerBot.Telegram.Polling;
using CareerBot.Telegram.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Telegram.Tests.Polling;

public sealed class UpdateReaderTests : IAsyncDisposable
{
    private const string ChatIdAsText = """{"update_id":51,"message":{"message_id":1,"from":{"id":7,"is_bot":false,"first_name":"A"},"chat":{"id":"seven","type":"private"},"date":1,"text":"hi"}}""";
    private readonly AdapterHarness _harness = new();

    [Fact]
    public void Read_OneUnreadableUpdate_SkippedLoggedAndItsIdStillCounted()
    {
        var items = JsonSerializer.Deserialize<JsonElement[]>($"[{Some.PrivateText(50, "hi")},{ChatIdAsText},42]")!;

        var batch = UpdateReader.Read(items, _harness.Services.GetRequiredService<ILogger<UpdateReaderTests>>());

        Assert.Equal(50, Assert.Single(batch.Updates).Id);
        Assert.Equal(51, batch.HighestId);
        Assert.Contains("Update 51 could not be read (at $.message.chat.id)", _harness.Logs.AllText, StringComparison.Ordinal);
        Assert.Contains("Update without id could not be read", _harness.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("seven", _harness.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_BatchWithAnUnreadableLastUpdate_OthersAnsweredAndOffsetMovesPastIt()
    {
        // Before: the library read the whole batch at once, so every poll failed and the bot stayed stuck at this offset.
        var sut = _harness.PollingService;
        _harness.Api.QueueUpdates(Some.PrivateText(50, "hi"), ChatIdAsText);

        await sut.StartAsync(CancellationToken.None);
        var moved = await _harness.WaitUntilAsync(() => _harness.State.Values.GetValueOrDefault("telegram:offset") == "52");
        await sut.StopAsync(CancellationToken.None);

        Assert.True(moved);
        Assert.Equal("hi", Assert.Single(_harness.Processor.Handled).Text);
        var poll = _harness.Api.CallsTo("getUpdates")[1].Body;
        Assert.Equal(52, poll["offset"]!.GetValue<int>());
        Assert.Equal("""{"offset":52,"limit":100,"timeout":5,"allowed_updates":["message","edited_message","callback_query","my_chat_member","inline_query","chosen_inline_result"]}""", poll.ToJsonString());
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();
}
