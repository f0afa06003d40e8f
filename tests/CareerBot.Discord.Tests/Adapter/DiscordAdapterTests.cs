using CareerBot.Core.Messaging;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.Discord.Tests.Adapter;

public sealed class DiscordAdapterTests
{
    private static readonly Choice[] StartChoices = [new("Start", "start"), new("Privacy", "privacy")];

    [Fact]
    public async Task DmInterview_TextAndButtonPresses_RepliesInDmAndUpdatesPressedMessage()
    {
        await using var sut = new AdapterHarness(Interview);
        await sut.StartAsync();

        await sut.DispatchAsync("MESSAGE_CREATE", Some.DirectMessage("hi"));
        var hello = await sut.WaitForAsync(r => r.Is("POST", $"channels/{Some.DmChannel}/messages"));
        await sut.DispatchAsync("INTERACTION_CREATE", Some.DmButtonPress("start", "m1", "start", "privacy"));
        var update = await sut.WaitForAsync(r => r.Is("POST", "interactions/"));
        var question = await sut.WaitForAsync(r => r.Is("POST", $"channels/{Some.DmChannel}/messages"), 2);
        await sut.DispatchAsync("MESSAGE_CREATE", Some.DirectMessage("copywriter"));
        var answer = await sut.WaitForAsync(r => r.Is("POST", $"channels/{Some.DmChannel}/messages"), 3);

        Assert.Equal("Hello! Shall we start?", AdapterHarness.Content(hello));
        Assert.Equal(["start", "privacy"], AdapterHarness.Buttons(hello.Json).Select(b => b.GetProperty("custom_id").GetString()));
        Assert.Equal(7, update.Json.GetProperty("type").GetInt32());
        var pressed = AdapterHarness.Buttons(update.Json.GetProperty("data"));
        Assert.All(pressed, b => Assert.True(b.GetProperty("disabled").GetBoolean()));
        Assert.Equal(3, pressed[0].GetProperty("style").GetInt32());
        Assert.Equal("What is your job?", AdapterHarness.Content(question));
        Assert.Equal("Noted: copywriter", AdapterHarness.Content(answer));
        var received = sut.Processor.Received.ToList();
        Assert.True(received.All(m => m.IsDirect && m.Key == new ConversationKey(Platform.Discord, Some.UserId)));
        Assert.Equal("start", received[1].ChoicePayload);
        Assert.Equal("nl", received[1].Locale);
        Assert.All(received, m => Assert.True(m.CanOpenPrivateChat));
        await WaitUntilAsync(() => sut.Processor.Confirmed.Count == 3);
    }

    [Fact]
    public async Task Ready_FirstTime_RegistersCommandsOnceAndRemembersHash()
    {
        var state = new InMemoryPlatformStateStore();
        await using (var first = new AdapterHarness(Interview, state))
        {
            await first.StartAsync();
            var put = await first.WaitForAsync(r => r.Method == "PUT");
            Assert.Equal($"applications/{Some.BotId}/commands", put.Path);
            Assert.Contains(put.Json.EnumerateArray(), c => c.GetProperty("name").GetString() == "weekly" && c.GetProperty("default_member_permissions").GetString() == "32");
            Assert.Contains(put.Json.EnumerateArray(), c => c.GetProperty("name_localizations").GetProperty("nl").GetString() == "loopbaan");
            await WaitUntilAsync(() => state.Values.Keys.Any(k => k.StartsWith("discord:commands:", StringComparison.Ordinal)));
        }

        await using var second = new AdapterHarness(Interview, state);
        await second.StartAsync();
        await second.DispatchAsync("MESSAGE_CREATE", Some.DirectMessage("hi"));
        await second.WaitForAsync(r => r.Is("POST", "channels/"));

        Assert.DoesNotContain(second.Server.Requests, r => r.Method == "PUT");
    }

    [Fact]
    public async Task Ready_OnShardOtherThanZero_LeavesCommandRegistrationToShardZero()
    {
        await using var sut = new AdapterHarness(Interview, settings: new() { ["Discord:ShardId"] = "1", ["Discord:ShardCount"] = "2" });

        await sut.StartAsync();
        await WaitUntilAsync(() => sut.Host.Logs.Lines.Any(l => l.StartsWith("Debug 5055", StringComparison.Ordinal)));

        Assert.DoesNotContain(sut.Server.Requests, r => r.Method == "PUT");
        Assert.DoesNotContain(sut.State.Values.Keys, k => k.StartsWith("discord:commands:", StringComparison.Ordinal));
        Assert.Contains(sut.Host.Logs.Lines, l => l.Contains("registered by shard 0; shard 1 skips it", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ready_OnShardZeroOfSeveral_RegistersCommands()
    {
        await using var sut = new AdapterHarness(Interview, settings: new() { ["Discord:ShardId"] = "0", ["Discord:ShardCount"] = "2" });

        await sut.StartAsync();
        var put = await sut.WaitForAsync(r => r.Method == "PUT");

        Assert.Equal($"applications/{Some.BotId}/commands", put.Path);
    }

    [Fact]
    public async Task Ready_WithDevGuildId_RegistersTheCommandsInThatServerWithoutGlobalOnlyFields()
    {
        await using var sut = new AdapterHarness(Interview, settings: new() { ["Discord:DevGuildId"] = "290926798626357999" });

        await sut.StartAsync();
        var put = await sut.WaitForAsync(r => r.Method == "PUT");

        Assert.Equal($"applications/{Some.BotId}/guilds/290926798626357999/commands", put.Path);
        Assert.All(put.Json.EnumerateArray(), c => Assert.False(c.TryGetProperty("integration_types", out _) || c.TryGetProperty("contexts", out _)));
        Assert.Contains(put.Json.EnumerateArray(), c => c.GetProperty("name").GetString() == "risk" && c.GetProperty("options")[0].GetProperty("autocomplete").GetBoolean());
    }

    [Fact]
    public async Task Career_FromServer_OpensDmStartsInterviewAndConfirmsEphemerallyWithLink()
    {
        await using var sut = new AdapterHarness(Interview);
        await sut.StartAsync();

        await sut.DispatchAsync("INTERACTION_CREATE", Some.SlashCommand("career"));
        var ack = await sut.WaitForAsync(r => r.Is("POST", "interactions/"));
        var dmOpened = await sut.WaitForAsync(r => r.Is("POST", "users/@me/channels"));
        var dm = await sut.WaitForAsync(r => r.Is("POST", $"channels/{Some.DmChannel}/messages"));
        var confirmation = await sut.WaitForAsync(r => r.Is("PATCH", $"webhooks/{Some.BotId}/tok-"));

        Assert.Equal(5, ack.Json.GetProperty("type").GetInt32());
        Assert.Equal(64, ack.Json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal(Some.UserId, dmOpened.Json.GetProperty("recipient_id").GetString());
        Assert.Equal("Hello! Shall we start?", AdapterHarness.Content(dm));
        Assert.EndsWith("/messages/@original", confirmation.Path, StringComparison.Ordinal);
        Assert.Equal("Let's talk privately.", AdapterHarness.Content(confirmation));
        var link = Assert.Single(AdapterHarness.Buttons(confirmation.Json));
        Assert.Equal($"https://discord.com/channels/@me/{Some.DmChannel}", link.GetProperty("url").GetString());
        var career = Assert.Single(sut.Processor.Received);
        Assert.False(career.IsDirect);
        Assert.True(career.CanOpenPrivateChat);
        Assert.Equal("/career", career.Text);
        Assert.Equal(Some.GuildChannel, career.ChannelId);
        Assert.Single(sut.Server.Requests, r => r.Is("POST", "users/@me/channels"));
        await WaitUntilAsync(() => sut.Processor.Confirmed.Count == 2);
    }

    [Fact]
    public async Task Career_DmsClosed_ContinuesWithEphemeralFollowUps()
    {
        await using var sut = new AdapterHarness(Interview);
        sut.Server.Handler = r => r.Is("POST", $"channels/{Some.DmChannel}/messages")
            ? new FakeResponse(403, "{\"message\":\"Cannot send messages to this user\",\"code\":50007}")
            : null;
        await sut.StartAsync();

        await sut.DispatchAsync("INTERACTION_CREATE", Some.SlashCommand("career", locale: "nl"));
        var note = await sut.WaitForAsync(r => r.Is("PATCH", $"webhooks/{Some.BotId}/tok-"));
        var followUp = await sut.WaitForAsync(r => r.Is("POST", $"webhooks/{Some.BotId}/tok-"));

        Assert.Contains("DM's staan uit", AdapterHarness.Content(note), StringComparison.Ordinal);
        Assert.Equal("Hello! Shall we start?", AdapterHarness.Content(followUp));
        Assert.Equal(64, followUp.Json.GetProperty("flags").GetInt32());
        Assert.Equal(["start", "privacy"], AdapterHarness.Buttons(followUp.Json).Select(b => b.GetProperty("custom_id").GetString()));
        await WaitUntilAsync(() => sut.Processor.Confirmed.Count == 2); // the invitation is settled too: the note took its place
        Assert.Single(sut.Server.Requests, r => r.Is("PATCH", "webhooks/"));
        Assert.Single(sut.Server.Requests, r => r.Is("POST", "webhooks/"));
    }

    [Fact]
    public async Task Risk_WorryingTextInServer_HelpLinesGoToThePersonAloneAndTheInvitationFillsTheOriginal()
    {
        await using var sut = new AdapterHarness(message => message.Text == "/risk worrying"
            ? [new OutgoingMessage { Text = "Help lines for you.", IsPersonal = true }, new OutgoingMessage { Text = "I'm here in private too.", InvitesPrivateChat = true }]
            : []);
        await sut.StartAsync();

        await sut.DispatchAsync("INTERACTION_CREATE", Some.SlashCommand("risk", options: [new { name = "job", type = 3, value = "worrying" }]));
        var personal = await sut.WaitForAsync(r => r.Is("POST", $"webhooks/{Some.BotId}/tok-"));
        var original = await sut.WaitForAsync(r => r.Is("PATCH", $"webhooks/{Some.BotId}/tok-"));

        Assert.Equal("Help lines for you.", AdapterHarness.Content(personal));
        Assert.Equal(64, personal.Json.GetProperty("flags").GetInt32());
        Assert.Equal("I'm here in private too.", AdapterHarness.Content(original));
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("2048", false)]
    [InlineData("32", true)]
    [InlineData("8", true)]
    [InlineData("17179869183", true)]
    public async Task Weekly_FromServer_PassesModeratorFlagFromMemberPermissions(string permissions, bool moderator)
    {
        await using var sut = new AdapterHarness(Interview);
        await sut.StartAsync();

        await sut.DispatchAsync("INTERACTION_CREATE", Some.SlashCommand("weekly", permissions, options: [new { type = 1, name = "now" }]));
        var reply = await sut.WaitForAsync(r => r.Is("PATCH", $"webhooks/{Some.BotId}/tok-"));
        var ack = await sut.WaitForAsync(r => r.Is("POST", "interactions/"));

        var message = Assert.Single(sut.Processor.Received);
        Assert.Equal("/weekly now", message.Text);
        Assert.Equal(moderator, message.IsModerator);
        Assert.Equal(moderator ? "Posted." : "Only moderators can do that.", AdapterHarness.Content(reply));
        Assert.Equal(64, ack.Json.GetProperty("data").GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task Mention_InServer_RepliesPubliclyWithContinuePrivatelyButtonAndNoPings()
    {
        await using var sut = new AdapterHarness(Interview);
        await sut.StartAsync();

        await sut.DispatchAsync("MESSAGE_CREATE", Some.GuildMessage($"<@{Some.BotId}> is copywriting at risk?", mentionsBot: true));
        await sut.DispatchAsync("MESSAGE_CREATE", Some.GuildMessage("just chatting", mentionsBot: false));
        var reply = await sut.WaitForAsync(r => r.Is("POST", $"channels/{Some.GuildChannel}/messages"));
        var invite = await sut.WaitForAsync(r => r.Is("POST", $"channels/{Some.GuildChannel}/messages"), 2);

        var message = Assert.Single(sut.Processor.Received);
        Assert.Equal("/risk is copywriting at risk?", message.Text);
        Assert.False(message.IsDirect);
        Assert.Equal("Risk for: is copywriting at risk?", AdapterHarness.Content(reply));
        Assert.True(reply.Json.TryGetProperty("message_reference", out _));
        Assert.Equal("[]", reply.Json.GetProperty("allowed_mentions").GetProperty("parse").GetRawText());
        Assert.Empty(AdapterHarness.Buttons(reply.Json));
        Assert.Equal(DiscordTexts.PrivatePayload, Assert.Single(AdapterHarness.Buttons(invite.Json)).GetProperty("custom_id").GetString());
        Assert.DoesNotContain(sut.Server.Requests, r => r.Is("POST", "users/@me/channels"));
    }

    [Fact]
    public async Task Start_WithRepliesLeftInOutbox_DeliversAndConfirmsThem()
    {
        await using var sut = new AdapterHarness(Interview);
        var before = new IncomingMessage { Key = new(Platform.Discord, Some.UserId), MessageId = "old", ReplyAddress = $"c|{Some.DmChannel}", IsDirect = true, Text = "x" };
        sut.Store.AddPending(ScriptedTurnProcessor.Entry(before, new OutgoingMessage { Text = "Sorry for the wait" }, 0));

        await sut.StartAsync();
        var sent = await sut.WaitForAsync(r => r.Is("POST", $"channels/{Some.DmChannel}/messages"));

        Assert.Equal("Sorry for the wait", AdapterHarness.Content(sent));
        await WaitUntilAsync(() => sut.Processor.Confirmed.Contains("Discord:old:00"));
    }

    [Fact]
    public async Task MessageCreate_ReplayedAfterResume_IsAnsweredOnce()
    {
        await using var sut = new AdapterHarness(Interview);
        await sut.StartAsync();
        var message = Some.DirectMessage("hi", id: "777");

        await sut.DispatchAsync("MESSAGE_CREATE", message);
        await sut.DispatchAsync("MESSAGE_CREATE", message);
        await sut.DispatchAsync("MESSAGE_CREATE", Some.DirectMessage("copywriter"));
        await sut.WaitForAsync(r => r.Is("POST", "channels/"), 2);

        Assert.Equal(2, sut.Server.Requests.Count(r => r.Is("POST", "channels/")));
        Assert.Equal("777", sut.Processor.Received.First().MessageId);
    }

    private static IReadOnlyList<OutgoingMessage> Interview(IncomingMessage message) => message switch
    {
        // As the engine: /career in a server, where the adapter can open a DM, starts the interview there in the same turn.
        { Text: "/career", IsDirect: false, CanOpenPrivateChat: true } => [new OutgoingMessage { Text = "Hello! Shall we start?", Choices = StartChoices, InPrivateChat = true }, new OutgoingMessage { Text = "Let's talk privately.", InvitesPrivateChat = true }],
        { Text: "/weekly now", IsModerator: false } => [new OutgoingMessage { Text = "Only moderators can do that." }],
        { Text: "/weekly now" } => [new OutgoingMessage { Text = "Posted." }],
        { Text: { } t } when t.StartsWith("/risk ", StringComparison.Ordinal) => [new OutgoingMessage { Text = "Risk for: " + t[6..] }, new OutgoingMessage { Text = "Talk about your own job?", InvitesPrivateChat = true }],
        { ChoicePayload: "start" } => [new OutgoingMessage { Text = "What is your job?" }],
        { Text: "hi" or "/start" } => [new OutgoingMessage { Text = "Hello! Shall we start?", Choices = StartChoices }],
        { Text: { } t } => [new OutgoingMessage { Text = "Noted: " + t }],
        _ => [],
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
}
