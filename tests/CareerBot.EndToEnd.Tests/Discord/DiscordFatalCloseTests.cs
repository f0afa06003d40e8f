using System.Net;
using System.Text.Json;
using CareerBot.Discord.Tests.Fakes;
using CareerBot.EndToEnd.Tests.Telegram;
using Xunit.Abstractions;

namespace CareerBot.EndToEnd.Tests.Discord;

/// <summary>
/// Discord refuses the bot for good (close 4004): only the Discord adapter stops. With Telegram configured too the
/// process goes on and answers there; with Discord alone it exits with 1 and one clear error line, no stack trace.
/// </summary>
[Collection(TelegramProcesses.Name)]
public sealed class DiscordFatalCloseTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Token = "fake-discord-token.e2e-only.never-logged-0013";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("careerbot-discord-fatal-");
    private readonly FakeDiscordServer _discord = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _discord.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task BotProcess_DiscordClosed4004WithTelegramConfigured_KeepsAnsweringOnTelegramAndHealthSaysWhy()
    {
        const long user = 9001;
        await using var telegram = await TelegramEmulator.StartAsync();
        await using var bot = TelegramBot.Start(telegram.BaseUrl, Path.Combine(_folder.FullName, "bot.db"), new Dictionary<string, string>
        {
            ["Discord__BotToken"] = Token,
            ["Discord__ApiBaseUrl"] = _discord.ApiBaseUrl,
            ["Urls"] = BotProcess.AnyLoopbackPort,
        });
        var (gateway, _) = await DiscordBot.ReadyAsync(_discord);

        await gateway.CloseAsync(4004);
        await WaitForLineAsync(bot, "Discord adapter stopped");
        await telegram.SendAsync(user, "/start");
        var replies = await telegram.WaitForMessagesAsync(user, 1);
        using var http = new HttpClient();
        using var health = await http.GetAsync(await bot.HttpAddressAsync() + "/healthz");
        using var report = JsonDocument.Parse(await health.Content.ReadAsStringAsync());

        ErrorLines(bot).ForEach(output.WriteLine);
        Assert.False(bot.HasExited, bot.Output);
        Assert.NotEmpty(replies);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var checks = report.RootElement.GetProperty("checks");
        Assert.Equal("Unhealthy", checks.GetProperty("discord").GetProperty("status").GetString());
        Assert.Contains("4004", checks.GetProperty("discord").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", checks.GetProperty("telegram").GetProperty("status").GetString());
        Assert.NotEqual("Unhealthy", checks.GetProperty("scheduler").GetProperty("status").GetString());
        var error = Assert.Single(ErrorLines(bot), l => l.Contains("CareerBot.", StringComparison.Ordinal));
        Assert.Contains("4004: authentication failed", error, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BotProcess_DiscordClosed4004AndNoOtherAdapter_ExitsWithOneAndOneErrorLine()
    {
        await using var bot = DiscordBot.Start(_folder.FullName, _discord, Token);
        var (gateway, _) = await DiscordBot.ReadyAsync(_discord);

        await gateway.CloseAsync(4004);
        await bot.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, bot.ExitCode);
        var error = Assert.Single(ErrorLines(bot));
        Assert.Contains("Discord adapter stopped: gateway closed with 4004: authentication failed: check Discord:BotToken", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", bot.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, bot.Output, StringComparison.Ordinal);
    }

    /// <summary>Log lines at error or critical level (console format: "[timestamp ]fail: …" / "crit: …").</summary>
    private static List<string> ErrorLines(BotProcess bot) =>
        [.. bot.Output.Split('\n').Where(l => l.Contains("fail: ", StringComparison.Ordinal) || l.Contains("crit: ", StringComparison.Ordinal))];

    private static async Task WaitForLineAsync(BotProcess bot, string text)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!bot.Output.Contains(text, StringComparison.Ordinal))
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), "never logged: " + text + "\n" + bot.Output);
            await Task.Delay(50);
        }
    }
}
