using System.Text.Json;
using CareerBot.Discord.Tests.Fakes;
using Xunit.Abstractions;

namespace CareerBot.EndToEnd.Tests.Discord;

/// <summary>
/// /risk answered with the risk card picture, the real bot process against the fake Discord: the deferred slash command's
/// original filled with the card and the PNG uploaded beside it (payload_json + files[0], checked by the fake as Discord
/// checks it), and a DM's answer likewise; with Pictures:Enabled=false, JSON text alone.
/// </summary>
public sealed class DiscordPictureTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Token = "fake-discord-token.e2e-only.never-logged-0014";
    private const string BotId = DiscordBot.BotId;
    private const string UserId = "53908232506183681";
    private const string DmChannel = "dm-" + UserId;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "careerbot-discord-pictures-" + Guid.NewGuid().ToString("N"));
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
    public async Task RiskSlashCommand_InAServer_OriginalFilledWithTheCardAndItsPicture()
    {
        await using var bot = DiscordBot.Start(_folder, _discord, Token);
        var (gateway, _) = await DiscordBot.ReadyAsync(_discord);

        await gateway.SendDispatchAsync("INTERACTION_CREATE", SlashRisk("1400000000000000001", "risk-token-1", "nurse"), ++_sequence);
        var original = await WaitAsync(bot, r => r.Is("PATCH", $"webhooks/{BotId}/risk-token-1/messages/@original"));

        output.WriteLine(original.Body);
        Assert.Equal(5, _discord.Requests.Single(r => r.Is("POST", "interactions/1400000000000000001/")).Json.GetProperty("type").GetInt32());
        AssertCard(original);
        Assert.NotEmpty(Buttons(original.Json));
        Assert.Single(_discord.Requests, r => r.Is("PATCH", $"webhooks/{BotId}/risk-token-1/messages/@original")); // accepted the first time
        Assert.False(bot.HasExited, bot.Output);
        Assert.DoesNotContain(Token, bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RiskInADirectMessage_AnsweredWithTheCardAndItsPicture()
    {
        await using var bot = DiscordBot.Start(_folder, _discord, Token);
        var (gateway, _) = await DiscordBot.ReadyAsync(_discord);

        await gateway.SendDispatchAsync("MESSAGE_CREATE", new { id = "1400000000000000011", channel_id = DmChannel, content = "/risk nurse", author = new { id = UserId, username = "Mason" }, mentions = Array.Empty<object>(), type = 0 }, ++_sequence);
        var answer = await WaitAsync(bot, r => r.Is("POST", $"channels/{DmChannel}/messages") && r.IsMultipart);

        AssertCard(answer);
        Assert.False(string.IsNullOrEmpty(answer.Json.GetProperty("nonce").GetString()));
        Assert.False(bot.HasExited, bot.Output);
    }

    [Fact]
    public async Task RiskSlashCommand_PicturesTurnedOff_TextAloneAsJson()
    {
        await using var bot = BotProcess.Start(_folder, new Dictionary<string, string>
        {
            ["Discord__BotToken"] = Token,
            ["Discord__ApiBaseUrl"] = _discord.ApiBaseUrl,
            ["Storage__DatabasePath"] = Path.Combine(_folder, "careerbot.db"),
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["Pictures__Enabled"] = "false",
        });
        var (gateway, _) = await DiscordBot.ReadyAsync(_discord);

        await gateway.SendDispatchAsync("INTERACTION_CREATE", SlashRisk("1400000000000000021", "risk-token-3", "nurse"), ++_sequence);
        var original = await WaitAsync(bot, r => r.Is("PATCH", $"webhooks/{BotId}/risk-token-3/messages/@original"));

        Assert.False(original.IsMultipart);
        Assert.Contains("Registered Nurses", original.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.False(original.Json.TryGetProperty("attachments", out _));
        Assert.DoesNotContain(_discord.Requests, r => r.IsMultipart);
    }

    /// <summary>The card as Discord takes it: content with the figures, one attachment described by its alt text, one PNG under 100 KB.</summary>
    private static void AssertCard(RecordedRequest request)
    {
        Assert.True(request.IsMultipart, request.ContentType);
        Assert.Equal("payload_json", request.Parts[0].Name);
        var content = request.Json.GetProperty("content").GetString()!;
        Assert.Contains("Registered Nurses", content, StringComparison.Ordinal);
        Assert.True(content.Length <= 2000);
        var attachment = Assert.Single(request.Json.GetProperty("attachments").EnumerateArray());
        Assert.Equal(0, attachment.GetProperty("id").GetInt32());
        Assert.StartsWith("risk-card-", attachment.GetProperty("filename").GetString(), StringComparison.Ordinal);
        Assert.Contains("Registered Nurses", attachment.GetProperty("description").GetString(), StringComparison.Ordinal);
        var file = Assert.Single(request.Files);
        Assert.Equal(("files[0]", "image/png"), (file.Name, file.ContentType));
        Assert.Equal(attachment.GetProperty("filename").GetString(), file.FileName);
        Assert.True(file.IsPng);
        Assert.InRange(file.Bytes.Length, 1, 100 * 1024);
    }

    private static object SlashRisk(string id, string token, string job) => new
    {
        id,
        application_id = BotId,
        type = 2,
        token,
        version = 1,
        guild_id = "290926798626357999",
        channel_id = "645027906669510667",
        locale = "en-US",
        member = new { user = new { id = UserId, username = "Mason" }, permissions = "0", roles = Array.Empty<string>() },
        data = new { id = "1400000000000000099", name = "risk", type = 1, options = new[] { new { name = "job", type = 3, value = job } } },
    };

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

    private static List<JsonElement> Buttons(JsonElement message) =>
        message.TryGetProperty("components", out var rows) && rows.ValueKind == JsonValueKind.Array
            ? [.. rows.EnumerateArray().SelectMany(r => r.GetProperty("components").EnumerateArray())]
            : [];
}
