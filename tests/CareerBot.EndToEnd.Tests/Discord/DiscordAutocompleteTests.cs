using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CareerBot.Discord.Tests.Fakes;
using Xunit.Abstractions;

namespace CareerBot.EndToEnd.Tests.Discord;

/// <summary>
/// Autocomplete against the real bot process and the fake Discord: "/risk job:nur" answered with a type-8 callback naming
/// Registered Nurses within Discord's 3 s, the picked value then shows that occupation's card; /weekly schedule's time
/// zone; and /risk used where the app was installed by the person (a group DM), answered through the interaction only.
/// </summary>
public sealed class DiscordAutocompleteTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Token = "fake-discord-token.e2e-only.never-logged-0015";
    private const string BotId = DiscordBot.BotId;
    private const string UserId = "53908232506183681";
    private const string GuildId = "290926798626357999";
    private const string Channel = "645027906669510667";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "careerbot-discord-autocomplete-" + Guid.NewGuid().ToString("N"));
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
    public async Task Autocomplete_HalfTypedJob_AnsweredWithin3sAndThePickedValueShowsThatCard()
    {
        await using var bot = DiscordBot.Start(_folder, _discord, Token);
        var (gateway, _) = await DiscordBot.ReadyAsync(_discord);
        await FirstKeystrokeAsync(bot, gateway, "en-US");

        var id = Snowflake();
        var clock = Stopwatch.StartNew();
        await gateway.SendDispatchAsync("INTERACTION_CREATE", Autocomplete(id, "ac-token-1", "en-US", RiskJob("nur")), ++_sequence);
        var answer = await WaitAsync(bot, r => r.Is("POST", $"interactions/{id}/ac-token-1/callback"));
        var latency = clock.Elapsed;
        output.WriteLine($"autocomplete answered after {latency.TotalMilliseconds:F0} ms: {answer.Body}");

        Assert.InRange(latency, TimeSpan.Zero, TimeSpan.FromSeconds(3));
        Assert.Equal(8, answer.Json.GetProperty("type").GetInt32());
        var choices = answer.Json.GetProperty("data").GetProperty("choices").EnumerateArray().ToList();
        Assert.InRange(choices.Count, 1, 25);
        var nurses = Assert.Single(choices, c => c.GetProperty("name").GetString() == "Registered Nurses");
        var picked = nurses.GetProperty("value").GetString()!;
        Assert.Equal("29-1141", picked);

        await gateway.SendDispatchAsync("INTERACTION_CREATE", Slash("1400000000000000101", "risk-token-1", "risk", new[] { new { name = "job", type = 3, value = picked } }), ++_sequence);
        var card = await WaitAsync(bot, r => r.Is("PATCH", $"webhooks/{BotId}/risk-token-1/messages/@original"));

        Assert.Contains("Registered Nurses", card.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(_discord.Requests, r => r.Path.Contains("ac-token-1", StringComparison.Ordinal) && !r.Is("POST", "interactions/"));
        Assert.Single(_discord.Requests, r => r.Path.Contains("ac-token-1", StringComparison.Ordinal)); // one callback, no turn, no follow-up
        Assert.False(bot.HasExited, bot.Output);
        Assert.DoesNotContain(Token, bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Autocomplete_DutchLocaleAndWeeklyTimeZone_AnsweredInDutchAndWithIanaIds()
    {
        await using var bot = DiscordBot.Start(_folder, _discord, Token);
        var (gateway, _) = await DiscordBot.ReadyAsync(_discord);
        await FirstKeystrokeAsync(bot, gateway, "nl");

        var dutchId = Snowflake();
        await gateway.SendDispatchAsync("INTERACTION_CREATE", Autocomplete(dutchId, "ac-token-nl", "nl", RiskJob("verpleeg")), ++_sequence);
        var dutch = await WaitAsync(bot, r => r.Is("POST", $"interactions/{dutchId}/"));
        var zoneId = Snowflake();
        var schedule = new
        {
            name = "weekly",
            type = 1,
            options = new object[] { new { name = "schedule", type = 1, options = new object[] { new { name = "day", type = 3, value = "friday" }, new { name = "timezone", type = 3, value = "amster", focused = true } } } },
        };
        await gateway.SendDispatchAsync("INTERACTION_CREATE", Autocomplete(zoneId, "ac-token-tz", "nl", schedule, permissions: "32"), ++_sequence);
        var zones = await WaitAsync(bot, r => r.Is("POST", $"interactions/{zoneId}/"));
        output.WriteLine(dutch.Body);
        output.WriteLine(zones.Body);

        var nurse = Assert.Single(Choices(dutch), c => c.Value == "29-1141");
        Assert.NotEqual("Registered Nurses", nurse.Name);
        Assert.Equal(("Europe/Amsterdam", "Europe/Amsterdam"), Choices(zones)[0]);
    }

    [Fact]
    public async Task RiskInAGroupDm_UserInstalled_AnsweredThroughTheInteractionOnly()
    {
        await using var bot = DiscordBot.Start(_folder, _discord, Token);
        var (gateway, _) = await DiscordBot.ReadyAsync(_discord);

        await gateway.SendDispatchAsync("INTERACTION_CREATE", new
        {
            id = "1400000000000000201",
            application_id = BotId,
            type = 2,
            token = "group-dm-token",
            version = 1,
            context = 2,
            authorizing_integration_owners = new Dictionary<string, string> { ["1"] = UserId },
            channel_id = "1400000000000000299",
            channel = new { id = "1400000000000000299", type = 3 },
            user = new { id = UserId, username = "Mason" },
            locale = "en-US",
            app_permissions = "0",
            data = new { id = "1400000000000000099", name = "risk", type = 1, options = new[] { new { name = "job", type = 3, value = "nurse" } } },
        }, ++_sequence);
        var card = await WaitAsync(bot, r => r.Is("PATCH", $"webhooks/{BotId}/group-dm-token/messages/@original"));

        Assert.Contains("Registered Nurses", card.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(_discord.Requests, r => r.Path.StartsWith("channels/", StringComparison.Ordinal) || r.Is("POST", "users/@me/channels"));
    }

    /// <summary>An interaction id made now, as Discord's are (the bot drops autocompletes older than 2.5 s by it).</summary>
    private static string Snowflake() =>
        ((ulong)(TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds() - 1420070400000) << 22).ToString(CultureInfo.InvariantCulture);

    private static object RiskJob(string typed) =>
        new { name = "risk", type = 1, options = new[] { new { name = "job", type = 3, value = typed, focused = true } } };

    /// <summary>
    /// Discord asks again at every keystroke; the first one after a start also warms the matcher and the name index, and on a
    /// loaded machine (the whole suite runs test projects side by side) may pass Discord's 3 s and be dropped. Its time is
    /// printed; the tests judge the next keystroke, as a person would see it.
    /// </summary>
    private async Task FirstKeystrokeAsync(BotProcess bot, FakeGatewayConnection gateway, string locale)
    {
        var id = Snowflake();
        var clock = Stopwatch.StartNew();
        await gateway.SendDispatchAsync("INTERACTION_CREATE", Autocomplete(id, "ac-token-first", locale, RiskJob("n")), ++_sequence);
        try
        {
            await _discord.WaitForRequestsAsync(r => r.Is("POST", $"interactions/{id}/ac-token-first/callback"), timeoutMs: 5000);
            output.WriteLine($"first keystroke answered after {clock.ElapsedMilliseconds} ms");
        }
        catch (OperationCanceledException)
        {
            output.WriteLine("first keystroke not answered within Discord's 3 s (dropped)");
        }

        Assert.False(bot.HasExited, bot.Output);
    }

    private static object Autocomplete(string id, string token, string locale, object data, string permissions = "0") => new
    {
        id,
        application_id = BotId,
        type = 4,
        token,
        version = 1,
        guild_id = GuildId,
        channel_id = Channel,
        context = 0,
        authorizing_integration_owners = new Dictionary<string, string> { ["0"] = GuildId },
        locale,
        member = new { user = new { id = UserId, username = "Mason" }, permissions, roles = Array.Empty<string>() },
        data,
    };

    private static object Slash(string id, string token, string name, object options) => new
    {
        id,
        application_id = BotId,
        type = 2,
        token,
        version = 1,
        guild_id = GuildId,
        channel_id = Channel,
        locale = "en-US",
        member = new { user = new { id = UserId, username = "Mason" }, permissions = "0", roles = Array.Empty<string>() },
        data = new { id = "1400000000000000099", name, type = 1, options },
    };

    private static List<(string Name, string Value)> Choices(RecordedRequest answer) =>
        [.. answer.Json.GetProperty("data").GetProperty("choices").EnumerateArray().Select(c => (c.GetProperty("name").GetString()!, c.GetProperty("value").GetString()!))];

    private async Task<RecordedRequest> WaitAsync(BotProcess bot, Func<RecordedRequest, bool> match)
    {
        try
        {
            return (await _discord.WaitForRequestsAsync(match, timeoutMs: 30000))[0];
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"The answer never came. Requests: {string.Join(", ", _discord.Requests.Select(r => $"{r.Method} {r.Path}"))}\nBot output:\n{bot.Output}");
            throw;
        }
    }
}
