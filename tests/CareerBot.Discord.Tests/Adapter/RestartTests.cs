using System.Text.Json;
using CareerBot.Core.Messaging;
using CareerBot.Discord.Gateway;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.Discord.Tests.Adapter;

/// <summary>The whole adapter after a restart: the session the previous process saved is resumed.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task Start_SessionSavedBeforeARestart_ResumesAnswersReplayedMentionAndDeliversTheOutbox()
    {
        var state = new InMemoryPlatformStateStore();
        await using var sut = new AdapterHarness(Echo, state);
        state.Values["discord:gateway:session:0"] = JsonSerializer.Serialize(
            new SavedGatewaySession("session-1", sut.Server.ResumeUrl, 41, Some.BotId, Some.BotId, DiscordOptions.DefaultIntents, 0, 1, sut.Host.Time.GetUtcNow()),
            DiscordJson.Options);
        var before = new IncomingMessage { Key = new(Platform.Discord, Some.UserId), MessageId = "before-kill", ReplyAddress = $"c|{Some.DmChannel}", IsDirect = true, Text = "hi" };
        sut.Store.AddPending(ScriptedTurnProcessor.Entry(before, new OutgoingMessage { Text = "left in the outbox" }, 0));

        var gateway = await sut.StartServicesAsync();
        gateway.AutoAck = true;
        await gateway.SendHelloAsync();
        var resume = await gateway.ReceiveOpAsync(6);
        await gateway.SendDispatchAsync("MESSAGE_CREATE", Some.GuildMessage($"<@{Some.BotId}> is nursing at risk?", mentionsBot: true), 42);
        await gateway.SendDispatchAsync("RESUMED", new { }, 43);
        var answer = await sut.WaitForAsync(r => r.Is("POST", $"channels/{Some.GuildChannel}/messages"));
        var outbox = await sut.WaitForAsync(r => r.Is("POST", $"channels/{Some.DmChannel}/messages"));

        Assert.Equal(41, resume.GetProperty("d").GetProperty("seq").GetInt32());
        Assert.Equal("/risk is nursing at risk?", Assert.Single(sut.Processor.Received).Text);
        Assert.True(answer.Json.TryGetProperty("message_reference", out _));
        Assert.Equal("left in the outbox", AdapterHarness.Content(outbox));
        Assert.DoesNotContain(sut.Server.Requests, r => r.Is("GET", "gateway/bot"));
    }

    private static IReadOnlyList<OutgoingMessage> Echo(IncomingMessage message) => [new OutgoingMessage { Text = "Noted: " + message.Text }];
}
