using System.Globalization;
using CareerBot.Discord.Tests.Fakes;
using CareerBot.EndToEnd.Tests.Cluster;
using Xunit.Abstractions;

namespace CareerBot.EndToEnd.Tests.Discord;

/// <summary>
/// Two real bot processes as shards 0 and 1 of 2 on one fake gateway, which routes as Discord does: a server's events to
/// shard (guild_id &gt;&gt; 22) % 2, DMs to shard 0. Each process calls the REST API under its own client name, so the
/// fake knows who answered. Both share one PostgreSQL database (test.sh's throwaway server): the IDENTIFY pacing holds
/// across the processes, and a person's conversation is one, whichever process their events reach.
/// </summary>
public sealed class DiscordShardTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Token = "fake-discord-token.e2e-only.never-logged-0013";
    private const string BotId = DiscordBot.BotId;
    private const string UserId = "53908232506183690";
    private const string DmChannel = "dm-" + UserId;
    private const string ShardOneGuild = "290926798626357999"; // (id >> 22) % 2 == 1
    private const string ShardOneChannel = "645027906669510667";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "careerbot-discord-shards-" + Guid.NewGuid().ToString("N"));
    private readonly FakeDiscordServer _discord = new();
    private ClusterDatabase _database = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "shard-0"));
        Directory.CreateDirectory(Path.Combine(_folder, "shard-1"));
        _database = await ClusterDatabase.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _discord.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task BotProcesses_TwoShards_EachAnswersWhatDiscordRoutesToItAndOnlyShardZeroRegistersCommands()
    {
        await using var zero = StartShard(0);
        await using var one = StartShard(1);
        await DiscordBot.ReadyAsync(_discord);
        await DiscordBot.ReadyAsync(_discord);

        var toGuild = await _discord.DispatchAsync("MESSAGE_CREATE", new
        {
            id = "1500000000000000001",
            channel_id = ShardOneChannel,
            guild_id = ShardOneGuild,
            content = $"<@{BotId}> is nursing at risk?",
            author = new { id = UserId, username = "Mason" },
            member = new { roles = Array.Empty<string>() },
            mentions = new[] { new { id = BotId, username = "CareerBot", bot = true } },
            type = 0,
        });
        var toDm = await _discord.DispatchAsync("MESSAGE_CREATE", new
        {
            id = "1500000000000000002",
            channel_id = DmChannel,
            content = "hi",
            author = new { id = UserId, username = "Mason" },
            mentions = Array.Empty<object>(),
            type = 0,
        });
        var guildReply = await ReplyAsync($"channels/{ShardOneChannel}/messages", zero, one);
        var dmReply = await ReplyAsync($"channels/{DmChannel}/messages", zero, one);
        var registered = await ReplyAsync($"applications/{BotId}/commands", zero, one);
        await WaitForOutputAsync(one, "registered by shard 0; shard 1 skips it");
        output.WriteLine(zero.Output);
        output.WriteLine(one.Output);

        Assert.Equal([(0, 2), (1, 2)], _discord.Identifies.Select(i => (i.ShardId, i.ShardCount)).Order());
        var identifies = _discord.Identifies.Select(i => i.At).Order().ToList();
        Assert.True(identifies[1] - identifies[0] >= TimeSpan.FromSeconds(4.9), $"IDENTIFYs {identifies[1] - identifies[0]} apart on one bucket (max_concurrency 1)");
        Assert.Equal((1, 2), toGuild.Shard);
        Assert.Equal((0, 2), toDm.Shard);
        // Both events are one person's: whichever process holds the conversation's sending lease sends its replies, in order.
        Assert.Single(_discord.Requests, r => r.Path == guildReply.Path);
        Assert.Single(_discord.Requests, r => r.Path == dmReply.Path);
        Assert.Equal("shard-0", registered.Client);
        Assert.Single(_discord.Requests, r => r.Method == "PUT");
        Assert.False(zero.HasExited, zero.Output);
        Assert.False(one.HasExited, one.Output);
        Assert.DoesNotContain(Token, zero.Output + one.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BotProcesses_CareerInAServerOfShardOneThenTheDmToShardZero_ContinueOneConversation()
    {
        await using var zero = StartShard(0);
        await using var one = StartShard(1);
        await DiscordBot.ReadyAsync(_discord);
        await DiscordBot.ReadyAsync(_discord);

        await _discord.DispatchAsync("INTERACTION_CREATE", new
        {
            id = "1500000000000000011",
            application_id = BotId,
            type = 2,
            token = "interaction-token-shards",
            version = 1,
            guild_id = ShardOneGuild,
            channel_id = ShardOneChannel,
            locale = "en-US",
            member = new { user = new { id = UserId, username = "Mason" }, permissions = "0", roles = Array.Empty<string>() },
            data = new { id = "1500000000000000012", name = "career", type = 1 },
        });
        var opening = await ReplyAsync($"channels/{DmChannel}/messages", zero, one);
        var toDm = await _discord.DispatchAsync("MESSAGE_CREATE", new
        {
            id = "1500000000000000013",
            channel_id = DmChannel,
            content = "copywriter",
            author = new { id = UserId, username = "Mason" },
            mentions = Array.Empty<object>(),
            type = 0,
        });
        var answer = await SecondDmAsync(zero, one);
        foreach (var request in _discord.Requests.Where(r => r.Method != "GET"))
        {
            output.WriteLine($"{request.Client} {request.Method} {request.Path} {request.Body[..Math.Min(120, request.Body.Length)]}");
        }

        Assert.Equal("shard-1", _discord.Requests.Single(r => r.Is("POST", "users/@me/channels")).Client); // /career reached shard 1's process
        Assert.Equal((0, 2), toDm.Shard); // the DM reached shard 0's process
        Assert.Equal(1, await _database.CountAsync("SELECT count(*) FROM conversations"));
        Assert.Equal(2, await _database.CountAsync("SELECT version FROM conversations")); // both turns on the one conversation
        Assert.NotEqual(opening.Json.GetProperty("content").GetString(), answer.Json.GetProperty("content").GetString());
    }

    private async Task<RecordedRequest> SecondDmAsync(BotProcess zero, BotProcess one)
    {
        try
        {
            return (await _discord.WaitForRequestsAsync(r => r.Path == $"channels/{DmChannel}/messages", 2, timeoutMs: 60000))[1];
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"No answer in the DM. Shard 0:\n{zero.Output}\nShard 1:\n{one.Output}");
            throw;
        }
    }

    private BotProcess StartShard(int shardId)
    {
        var name = "shard-" + shardId.ToString(CultureInfo.InvariantCulture);
        return BotProcess.Start(Path.Combine(_folder, name), new Dictionary<string, string>
        {
            ["Discord__BotToken"] = Token,
            ["Discord__ApiBaseUrl"] = _discord.ApiBaseUrlFor(name),
            ["Discord__ShardId"] = shardId.ToString(CultureInfo.InvariantCulture),
            ["Discord__ShardCount"] = "2",
            ["Storage__Provider"] = "Postgres",
            ["ConnectionStrings__CareerBot"] = _database.ConnectionString,
            ["Storage__DatabasePath"] = Path.Combine(_folder, name, "careerbot.db"),
            ["Logging__LogLevel__CareerBot.Discord.Commands.CommandRegistrar"] = "Debug",
            ["DOTNET_ENVIRONMENT"] = "Production",
        });
    }

    private async Task<RecordedRequest> ReplyAsync(string path, BotProcess zero, BotProcess one)
    {
        try
        {
            return (await _discord.WaitForRequestsAsync(r => r.Path == path, timeoutMs: 60000))[0];
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"Nothing sent to {path}. Shard 0:\n{zero.Output}\nShard 1:\n{one.Output}");
            throw;
        }
    }

    private static async Task WaitForOutputAsync(BotProcess bot, string text)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!bot.Output.Contains(text, StringComparison.Ordinal))
        {
            await Task.Delay(100, timeout.Token);
        }
    }
}
