using System.Text.Json;
using CareerBot.Discord.Delivery;
using CareerBot.Discord.Entities;
using CareerBot.Discord.Tests.Fakes;
using CareerBot.Discord.Translation;

namespace CareerBot.Discord.Tests.Corpus;

/// <summary>The fixes the bad-input corpus led to, each on its own: nulls where Discord never sends them, a second Hello.</summary>
public sealed class MalformedPayloadTests : IAsyncLifetime
{
    private readonly DiscordTestHost _host = new();
    private readonly RecordingDispatchHandler _handler = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("""{"id":"1","channel_id":"2","content":"hi","author":{"id":null}}""")]
    [InlineData("""{"id":null,"channel_id":"2","content":"hi","author":{"id":"3"}}""")]
    public void Deserialize_NullWhereTheEntityForbidsIt_UnreadableNotAHalfMessage(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DiscordMessage>(json, DiscordJson.Options));
    }

    [Fact]
    public void Translate_NullItemInMentions_StillAMentionOfTheBot()
    {
        var message = JsonSerializer.Deserialize<DiscordMessage>(
            $$"""{"id":"1","channel_id":"2","guild_id":"9","content":"<@{{Some.BotId}}> nurse","author":{"id":"3"},"mentions":[null]}""", DiscordJson.Options)!;

        var sut = MessageTranslator.Translate(message, Some.BotId);

        Assert.Equal("/risk nurse", sut?.Text);
    }

    [Fact]
    public void Plan_NullOptionAndNullButtonRows_SkippedNotThrown()
    {
        var command = Read("""{"id":"1","type":2,"token":"t","channel_id":"2","user":{"id":"3"},"data":{"name":"risk","options":[null,{"name":"job","type":3,"value":"nurse"}]}}""");
        var press = Read("""{"id":"1","type":3,"token":"t","channel_id":"2","user":{"id":"3"},"data":{"custom_id":"goal:stay"},"message":{"id":"4","channel_id":"2","components":[null,{"type":1,"components":[null,{"type":2,"custom_id":"goal:stay"}]}]}}""");

        var commandPlan = InteractionTranslator.Plan(command);
        var pressPlan = InteractionTranslator.Plan(press);

        Assert.Equal("/risk nurse", commandPlan?.Message?.Text);
        var row = Assert.Single(pressPlan!.Acknowledgement.Data!.Components!);
        Assert.True(Assert.Single(row.Components!).Disabled);
    }

    [Fact]
    public async Task RunAsync_SecondHelloOnTheSameConnection_IgnoredNoSecondIdentify()
    {
        _ = _host.RunGatewayAsync(_handler);
        var connection = await _host.Server.NextConnectionAsync();
        await connection.SendHelloAsync();
        await connection.ReceiveOpAsync(2);
        await connection.SendReadyAsync();
        await _handler.NextAsync();

        await connection.SendHelloAsync(heartbeatIntervalMs: 100);
        await connection.SendDispatchAsync("MESSAGE_CREATE", new { id = "5", channel_id = "6", content = "hi", author = new { id = "7" } }, 2);
        await _handler.NextAsync();
        _host.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Contains(_host.Logs.Lines, l => l.Contains("opcode 10 skipped", StringComparison.Ordinal));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connection.ReceiveOpAsync(2, timeoutMs: 300));
        Assert.False(connection.Closed.IsCompleted);
    }

    private static DiscordInteraction Read(string json) => JsonSerializer.Deserialize<DiscordInteraction>(json, DiscordJson.Options)!;
}
