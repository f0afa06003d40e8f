using System.Text.Json;
using CareerBot.Discord.Tests.Fakes;
using LiteDB;

namespace CareerBot.EndToEnd.Tests.Discord;

/// <summary>
/// The community pulse through the real host process and the fake Discord (issue 15): five members type /career in a
/// server, a moderator's /weekly pulse shows 5–9 (ephemerally, with the chart); one of them /forgets, and the day's pulse
/// stays as it was (the person drops out from the next UTC day on, which the Core tests drive with a fake clock).
/// </summary>
public sealed class DiscordPulseTests : IAsyncLifetime
{
    private const string Token = "fake-discord-token.e2e-only.never-logged-0015";
    private const string BotId = DiscordBot.BotId;
    private const string Guild = "290926798626357999";
    private const string Channel = "645027906669510667";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "careerbot-discord-pulse-" + Guid.NewGuid().ToString("N"));
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
    public async Task Pulse_FiveMembersStartedFromTheServer_ShowsFiveToNineAndTheSameAfterOneForgetsThatDay()
    {
        var bot = Start();
        var (gateway, _) = await DiscordBot.ReadyAsync(_discord);
        for (var i = 1; i <= 5; i++)
        {
            await DispatchAsync(gateway, Command($"13000000000000015{i:D2}", $"career-{i}", Member(i), "0", "career", []));
            await OriginalAsync(bot, $"career-{i}");
            await _discord.WaitForRequestsAsync(r => r.Is("POST", $"channels/dm-{Member(i)}/messages"), timeoutMs: 30000);
        }

        // A pulse counts the days before today (UTC): the host's clock is real, so the stored starts are moved back a day.
        await bot.StopAsync();
        await bot.DisposeAsync();
        var moved = StartedADayEarlier();
        bot = Start();
        (gateway, _) = await DiscordBot.ReadyAsync(_discord);

        await DispatchAsync(gateway, Command("1300000000000001601", "pulse-1", "53908232506183999", "32", "weekly", [new { type = 1, name = "pulse" }]));
        var five = await OriginalAsync(bot, "pulse-1");
        var dm = $"channels/dm-{Member(3)}/messages";
        var before = _discord.Requests.Count(r => r.Is("POST", dm));
        await DispatchAsync(gateway, Message("1300000000000001602", Member(3), "/forget"));
        var confirm = (await _discord.WaitForRequestsAsync(r => r.Is("POST", dm), before + 1, timeoutMs: 30000))[before];
        await DispatchAsync(gateway, Press("1300000000000001603", Member(3), confirm.Json));
        await _discord.WaitForRequestsAsync(r => r.Is("POST", dm), before + 2, timeoutMs: 30000);
        await DispatchAsync(gateway, Command("1300000000000001604", "pulse-2", "53908232506183999", "32", "weekly", [new { type = 1, name = "pulse" }]));
        var again = await OriginalAsync(bot, "pulse-2");

        Assert.Equal(5, moved);
        Assert.Contains("People: 5–9", five.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal("community-pulse.png", Assert.Single(five.Json.GetProperty("attachments").EnumerateArray()).GetProperty("filename").GetString());
        Assert.Equal(five.Json.GetProperty("content").GetString(), again.Json.GetProperty("content").GetString());
        var pulseAcks = _discord.Requests.Where(r => r.Is("POST", "interactions/1300000000000001601/") || r.Is("POST", "interactions/1300000000000001604/")).ToList();
        Assert.Equal(2, pulseAcks.Count);
        Assert.All(pulseAcks, ack => Assert.Equal(64, ack.Json.GetProperty("data").GetProperty("flags").GetInt32()));
        foreach (var member in Enumerable.Range(1, 5).Select(Member))
        {
            Assert.DoesNotContain(member, five.Json.GetRawText(), StringComparison.Ordinal);
        }

        Assert.False(bot.HasExited, bot.Output);
        await bot.DisposeAsync();
    }

    private BotProcess Start() => BotProcess.Start(_folder, new Dictionary<string, string>
    {
        ["Discord__BotToken"] = Token,
        ["Discord__ApiBaseUrl"] = _discord.ApiBaseUrl,
        ["Discord__ResumeWindowSeconds"] = "0", // the restart identifies afresh, as DiscordBot.ReadyAsync expects
        ["Storage__DatabasePath"] = Path.Combine(_folder, "careerbot.db"),
        ["DOTNET_ENVIRONMENT"] = "Production",
    });

    /// <summary>
    /// Moves every stored "started from a community" time one day back, in the stopped bot's LiteDB file, and gives the
    /// worry answers the members did not type: one 2, the others 4, so the worry table has two categories and a chart.
    /// </summary>
    private int StartedADayEarlier()
    {
        using var database = new LiteDatabase(new ConnectionString { Filename = Path.Combine(_folder, "careerbot.db"), Connection = ConnectionType.Direct });
        var conversations = database.GetCollection("conversations");
        var moved = 0;
        foreach (var document in conversations.FindAll().Where(d => d["communitySince"].IsDocument).ToList())
        {
            document["communitySince"]["t"] = document["communitySince"]["t"].AsInt64 - TimeSpan.TicksPerDay;
            document["worry"] = moved == 0 ? 2 : 4;
            conversations.Update(document);
            moved++;
        }

        return moved;
    }

    private static string Member(int i) => $"5390823250618310{i}";

    private Task DispatchAsync(FakeGatewayConnection gateway, object data) =>
        gateway.SendDispatchAsync(data.GetType().GetProperty("content") is null ? "INTERACTION_CREATE" : "MESSAGE_CREATE", data, ++_sequence);

    private async Task<RecordedRequest> OriginalAsync(BotProcess bot, string token)
    {
        try
        {
            return (await _discord.WaitForRequestsAsync(r => r.Is("PATCH", $"webhooks/{BotId}/{token}/messages/@original"), timeoutMs: 30000))[0];
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"No answer to {token}. Bot output:\n{bot.Output}");
            throw;
        }
    }

    private static object Command(string id, string token, string user, string permissions, string name, object[] options) => new
    {
        id,
        application_id = BotId,
        type = 2,
        token,
        version = 1,
        guild_id = Guild,
        channel_id = Channel,
        locale = "en-US",
        member = new { user = new { id = user, username = "Member" }, permissions, roles = Array.Empty<string>() },
        data = new { id = "1300000000000000200", name, type = 1, options },
    };

    private static object Message(string id, string user, string text) =>
        new { id, channel_id = "dm-" + user, content = text, author = new { id = user, username = "Member" }, mentions = Array.Empty<object>(), type = 0 };

    /// <summary>Presses the first button of a DM message ("Yes, delete everything").</summary>
    private static object Press(string id, string user, JsonElement message) => new
    {
        id,
        application_id = BotId,
        type = 3,
        token = "press-" + id,
        version = 1,
        channel_id = "dm-" + user,
        user = new { id = user, username = "Member" },
        locale = "en-US",
        data = new { custom_id = message.GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString(), component_type = 2 },
        message = new { id = "1300000000000001699", channel_id = "dm-" + user, content = "confirm", flags = 0, components = message.GetProperty("components") },
    };
}
