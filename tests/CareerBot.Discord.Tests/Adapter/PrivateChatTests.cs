using CareerBot.Core.Messaging;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.Discord.Tests.Adapter;

public sealed class PrivateChatTests
{
    [Fact]
    public async Task ContinuePrivatelyButton_OnPublicReply_StartsCareerFlowForThePresser()
    {
        await using var sut = new AdapterHarness(Script);
        await sut.StartAsync();

        await sut.DispatchAsync("INTERACTION_CREATE", PublicButtonPress(DiscordTexts.PrivatePayload));
        var ack = await sut.WaitForAsync(r => r.Is("POST", "interactions/"));
        var dm = await sut.WaitForAsync(r => r.Is("POST", $"channels/{Some.DmChannel}/messages"));

        Assert.Equal(5, ack.Json.GetProperty("type").GetInt32());
        Assert.Equal(64, ack.Json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal("/career", sut.Processor.Received.First().Text);
        Assert.Equal("What is your job?", AdapterHarness.Content(dm));
    }

    [Fact]
    public async Task Mention_DmsOpen_StartsPrivatelyAndTheReplyLinksToTheDm()
    {
        await using var sut = new AdapterHarness(Script);
        await sut.StartAsync();

        await sut.DispatchAsync("MESSAGE_CREATE", Some.GuildMessage($"<@{Some.BotId}> /career", mentionsBot: true));
        var dm = await sut.WaitForAsync(r => r.Is("POST", $"channels/{Some.DmChannel}/messages"));
        var reply = await sut.WaitForAsync(r => r.Is("POST", $"channels/{Some.GuildChannel}/messages"));

        Assert.Equal("What is your job?", AdapterHarness.Content(dm));
        Assert.Equal("Let's talk privately.", AdapterHarness.Content(reply));
        Assert.True(reply.Json.TryGetProperty("message_reference", out _));
        Assert.Equal($"https://discord.com/channels/@me/{Some.DmChannel}", Assert.Single(AdapterHarness.Buttons(reply.Json)).GetProperty("url").GetString());
    }

    [Fact]
    public async Task PrivateMode_ReplyWithoutChoices_OffersAnswerButtonAndNeverLogsTokens()
    {
        await using var sut = new AdapterHarness(Script);
        sut.Server.Handler = r => r.Is("POST", $"channels/{Some.DmChannel}/messages")
            ? new FakeResponse(403, "{\"message\":\"Cannot send messages to this user\",\"code\":50007}")
            : null;
        await sut.StartAsync();

        await sut.DispatchAsync("INTERACTION_CREATE", Some.SlashCommand("career"));
        var followUp = await sut.WaitForAsync(r => r.Is("POST", $"webhooks/{Some.BotId}/tok-"));

        Assert.Equal("What is your job?", AdapterHarness.Content(followUp));
        Assert.Equal(DiscordTexts.AnswerPayload, Assert.Single(AdapterHarness.Buttons(followUp.Json)).GetProperty("custom_id").GetString());
        Assert.DoesNotContain(sut.Host.Logs.Lines, l => l.Contains("tok-", StringComparison.Ordinal) || l.Contains(DiscordTestHost.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Mention_DmsClosed_AddsPublicNoteInsteadOfStartingPrivately()
    {
        await using var sut = new AdapterHarness(Script);
        sut.Server.Handler = r => r.Is("POST", $"channels/{Some.DmChannel}/messages")
            ? new FakeResponse(403, "{\"message\":\"Cannot send messages to this user\",\"code\":50007}")
            : null;
        await sut.StartAsync();

        await sut.DispatchAsync("MESSAGE_CREATE", Some.GuildMessage($"<@{Some.BotId}> /career", mentionsBot: true));
        var reply = await sut.WaitForAsync(r => r.Is("POST", $"channels/{Some.GuildChannel}/messages"));

        Assert.StartsWith("Let's talk privately.", AdapterHarness.Content(reply), StringComparison.Ordinal);
        Assert.Contains("/career", AdapterHarness.Content(reply)[20..], StringComparison.Ordinal);
        Assert.Empty(AdapterHarness.Buttons(reply.Json));
        await WaitUntilAsync(() => sut.Processor.Confirmed.Count == 2); // the private reply had nowhere to go: settled, not retried
        Assert.Single(sut.Server.Requests, r => r.Is("POST", $"channels/{Some.DmChannel}/messages"));
    }

    // As the engine: /career in a server, where the adapter can open a DM, starts the interview there in the same turn.
    private static IReadOnlyList<OutgoingMessage> Script(IncomingMessage message) => message switch
    {
        { Text: "/career", IsDirect: false, CanOpenPrivateChat: true } => [new OutgoingMessage { Text = "What is your job?", InPrivateChat = true }, new OutgoingMessage { Text = "Let's talk privately.", InvitesPrivateChat = true }],
        _ => [new OutgoingMessage { Text = "ok" }],
    };

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.ElapsedMilliseconds < 10000, "condition not met in time");
            await Task.Delay(10);
        }
    }

    private static object PublicButtonPress(string customId) => new
    {
        id = Some.Id(),
        application_id = Some.BotId,
        type = 3,
        token = "tok-" + Some.Id(),
        version = 1,
        guild_id = Some.GuildId,
        channel_id = Some.GuildChannel,
        member = new { user = Some.User(), permissions = "0", roles = Array.Empty<string>() },
        data = new { custom_id = customId, component_type = 2 },
        message = new { id = Some.Id(), channel_id = Some.GuildChannel, content = "Risk for: nurse", flags = 0, components = new[] { new { type = 1, components = new[] { new { type = 2, style = 2, label = "Continue privately", custom_id = customId } } } } },
    };
}
