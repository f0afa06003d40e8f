using System.Text.Json;
using CareerBot.Discord.Tests.Fakes;
using Xunit.Abstractions;

namespace CareerBot.EndToEnd.Tests.Discord;

/// <summary>The real host process, configured for Discord only, against the in-process fake Discord: a short DM interview.</summary>
public sealed class DiscordBotProcessTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Token = "fake-discord-token.e2e-only.never-logged-0002";
    private const string BotId = DiscordBot.BotId;
    private const string UserId = "53908232506183680";
    private const string DmChannel = "dm-" + UserId;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "careerbot-discord-e2e-" + Guid.NewGuid().ToString("N"));
    private readonly FakeDiscordServer _discord = new();
    private int _sequence = 1;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _discord.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task BotProcess_DmInterview_AnswersInDmAndAcknowledgesButtonPresses()
    {
        await using var bot = DiscordBot.Start(_folder, _discord, Token);
        var (gateway, identify) = await DiscordBot.ReadyAsync(_discord);
        await DispatchAsync(gateway, "MESSAGE_CREATE", new { id = "1300000000000000001", channel_id = DmChannel, content = "hi", author = new { id = UserId, username = "Mason" }, mentions = Array.Empty<object>(), type = 0 });
        var hello = await NextDmAsync(bot, 1);
        var button = Buttons(hello.Json).First().GetProperty("custom_id").GetString()!;
        await DispatchAsync(gateway, "INTERACTION_CREATE", new
        {
            id = "1300000000000000002",
            application_id = BotId,
            type = 3,
            token = "interaction-token-1",
            version = 1,
            channel_id = DmChannel,
            user = new { id = UserId, username = "Mason" },
            locale = "en-US",
            data = new { custom_id = button, component_type = 2 },
            message = new { id = "1300000000000000003", channel_id = DmChannel, content = "hello", flags = 0, components = hello.Json.GetProperty("components") },
        });
        var acknowledged = await _discord.WaitForRequestsAsync(r => r.Is("POST", "interactions/1300000000000000002/"), timeoutMs: 30000);
        var afterPress = await NextDmAsync(bot, 2);
        await DispatchAsync(gateway, "MESSAGE_CREATE", new { id = "1300000000000000004", channel_id = DmChannel, content = "copywriter", author = new { id = UserId, username = "Mason" }, mentions = Array.Empty<object>(), type = 0 });
        var afterJob = await NextDmAsync(bot, 3);

        await DispatchAsync(gateway, "INTERACTION_CREATE", new
        {
            id = "1300000000000000005",
            application_id = BotId,
            type = 2,
            token = "interaction-token-2",
            version = 1,
            guild_id = "290926798626357999",
            channel_id = "645027906669510667",
            locale = "nl",
            member = new { user = new { id = UserId, username = "Mason" }, permissions = "0", roles = Array.Empty<string>() },
            data = new { id = "1300000000000000006", name = "career", type = 1 },
        });
        var confirmation = (await _discord.WaitForRequestsAsync(r => r.Is("PATCH", "webhooks/" + BotId + "/interaction-token-2/messages/@original"), timeoutMs: 30000))[0];
        var careerAck = _discord.Requests.Single(r => r.Is("POST", "interactions/1300000000000000005/"));

        foreach (var dm in _discord.Requests.Where(r => r.Is("POST", $"channels/{DmChannel}/messages")))
        {
            output.WriteLine(dm.Body);
        }

        Assert.Equal(37377, identify.GetProperty("d").GetProperty("intents").GetInt32());
        Assert.Contains(_discord.Requests, r => r.Method == "PUT" && r.Path == $"applications/{BotId}/commands");
        Assert.NotEmpty(Buttons(hello.Json));
        Assert.Equal(7, acknowledged[0].Json.GetProperty("type").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(afterPress.Json.GetProperty("content").GetString()));
        Assert.NotEmpty(Buttons(afterJob.Json)); // the job candidates, as buttons
        Assert.All(_discord.Requests.Where(r => r.Is("POST", "channels/")), r => Assert.Equal("[]", r.Json.GetProperty("allowed_mentions").GetProperty("parse").GetRawText()));
        Assert.Equal(64, careerAck.Json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains(_discord.Requests, r => r.Is("POST", "users/@me/channels"));
        Assert.Equal($"https://discord.com/channels/@me/{DmChannel}", Buttons(confirmation.Json).Single().GetProperty("url").GetString());
        Assert.False(bot.HasExited, bot.Output);
        Assert.DoesNotContain(Token, bot.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "careerbot.db")));
    }

    private Task DispatchAsync(FakeGatewayConnection gateway, string type, object data) => gateway.SendDispatchAsync(type, data, ++_sequence);

    private async Task<RecordedRequest> NextDmAsync(BotProcess bot, int count)
    {
        try
        {
            return (await _discord.WaitForRequestsAsync(r => r.Is("POST", $"channels/{DmChannel}/messages"), count, timeoutMs: 30000))[count - 1];
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"DM reply {count} never came. Bot output:\n{bot.Output}");
            throw;
        }
    }

    private static List<JsonElement> Buttons(JsonElement message) =>
        message.TryGetProperty("components", out var rows) && rows.ValueKind == JsonValueKind.Array
            ? [.. rows.EnumerateArray().SelectMany(r => r.GetProperty("components").EnumerateArray())]
            : [];
}
