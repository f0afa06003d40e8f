using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.EndToEnd.Tests.Discord;

/// <summary>/weekly in a server through the real host process and the fake Discord: Manage Server posts, others are refused.</summary>
public sealed class DiscordWeeklyPromptTests : IAsyncLifetime
{
    private const string Token = "fake-discord-token.e2e-only.never-logged-0003";
    private const string BotId = DiscordBot.BotId;
    private const string Guild = "290926798626357999";
    private const string Channel = "645027906669510667";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "careerbot-discord-weekly-" + Guid.NewGuid().ToString("N"));
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
    public async Task Weekly_MemberRefusedManagerPostsInTheChannelWithANonce()
    {
        await using var bot = DiscordBot.Start(_folder, _discord, Token);
        var (gateway, _) = await DiscordBot.ReadyAsync(_discord);

        await gateway.SendDispatchAsync("INTERACTION_CREATE", Weekly("1300000000000000101", "member-token", permissions: "0"), ++_sequence);
        var refusal = await OriginalAsync("member-token");
        await gateway.SendDispatchAsync("INTERACTION_CREATE", Weekly("1300000000000000102", "manager-token", permissions: "32"), ++_sequence);
        var accepted = await OriginalAsync("manager-token");
        var post = (await _discord.WaitForRequestsAsync(r => r.Is("POST", $"channels/{Channel}/messages"), timeoutMs: 30000))[0];

        Assert.Contains("only the group's admins or the server's moderators", refusal.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Posting a discussion prompt now", accepted.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("💬 Discussion of the week — ", post.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(25, post.Json.GetProperty("nonce").GetString()!.Length);
        Assert.True(post.Json.GetProperty("enforce_nonce").GetBoolean());
        Assert.Single(_discord.Requests, r => r.Is("POST", $"channels/{Channel}/messages"));
        Assert.All(_discord.Requests.Where(r => r.Is("POST", "interactions/")), ack => Assert.Equal(64, ack.Json.GetProperty("data").GetProperty("flags").GetInt32()));
        Assert.False(bot.HasExited, bot.Output);
        Assert.DoesNotContain(Token, bot.Output, StringComparison.Ordinal);
    }

    private async Task<RecordedRequest> OriginalAsync(string token) =>
        (await _discord.WaitForRequestsAsync(r => r.Is("PATCH", $"webhooks/{BotId}/{token}/messages/@original"), timeoutMs: 30000))[0];

    private static object Weekly(string id, string token, string permissions) => new
    {
        id,
        application_id = BotId,
        type = 2,
        token,
        version = 1,
        guild_id = Guild,
        channel_id = Channel,
        locale = "en-US",
        member = new { user = new { id = "53908232506183" + id[^3..], username = "Moderator" }, permissions, roles = Array.Empty<string>() },
        data = new { id = "1300000000000000200", name = "weekly", type = 1, options = new[] { new { type = 1, name = "now" } } },
    };
}
