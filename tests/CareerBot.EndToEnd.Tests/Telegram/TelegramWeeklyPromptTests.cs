namespace CareerBot.EndToEnd.Tests.Telegram;

/// <summary>/weekly in a real group against the emulator: admins post a prompt, members are refused, the state survives a kill.</summary>
[Collection(TelegramProcesses.Name)]
public sealed class TelegramWeeklyPromptTests : IAsyncLifetime
{
    private const long Group = -1004000;
    private const long Admin = 4001;
    private const long Member = 4002;
    private static readonly Dictionary<string, string> Fast = new() { ["Telegram__PerChatIntervalMilliseconds"] = "200" };
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("careerbot-e2e-weekly-");
    private TelegramEmulator _emulator = null!;

    private string Database => Path.Combine(_folder.FullName, "bot.db");

    public async Task InitializeAsync() => _emulator = await TelegramEmulator.StartAsync();

    [Fact]
    public async Task Weekly_AdminPostsNowMemberIsRefusedScheduleSurvivesAKill()
    {
        await _emulator.SetMemberStatusAsync(Group, Admin, "administrator");
        await using (var bot = TelegramBot.Start(_emulator.BaseUrl, Database, Fast))
        {
            await _emulator.SendAsync(Member, $"/weekly@{TelegramEmulator.BotUsername} now", chatId: Group, chatType: "supergroup");
            var refused = await _emulator.WaitForQuietAsync(Group, TimeSpan.FromSeconds(1));
            await _emulator.SendAsync(Admin, $"/weekly@{TelegramEmulator.BotUsername} now", chatId: Group, chatType: "supergroup");
            var posted = await _emulator.WaitForQuietAsync(Group, TimeSpan.FromSeconds(1.5), refused.Count + 2);
            await _emulator.SendAsync(Admin, "/weekly schedule fri 18:00 Europe/Amsterdam", chatId: Group, chatType: "supergroup");
            await _emulator.WaitForQuietAsync(Group, TimeSpan.FromSeconds(1), posted.Count + 1);

            var refusal = Assert.Single(refused);
            Assert.Contains("only the group's admins", refusal.Text, StringComparison.Ordinal);
            var after = posted.Skip(refused.Count).Select(m => m.Text).ToList();
            Assert.Contains(after, t => t.StartsWith("Posting a discussion prompt now", StringComparison.Ordinal));
            Assert.Single(after, t => t.StartsWith("💬 Discussion of the week — ", StringComparison.Ordinal));
            TelegramConversationTests.AssertHealthy(bot);
            await bot.KillAsync();
        }

        await using var restarted = TelegramBot.Start(_emulator.BaseUrl, Database, Fast);
        var before = (await _emulator.BotMessagesAsync(Group)).Count;
        await _emulator.SendAsync(Admin, "/weekly status", chatId: Group, chatType: "supergroup");
        var status = (await _emulator.WaitForQuietAsync(Group, TimeSpan.FromSeconds(1), before + 1)).Skip(before).ToList();

        Assert.Contains(status, m => m.Text.Contains("Schedule: every Friday at 18:00 (Europe/Amsterdam)", StringComparison.Ordinal));
        Assert.DoesNotContain(status, m => m.Text.StartsWith("💬", StringComparison.Ordinal));
        TelegramConversationTests.AssertHealthy(restarted);
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}
