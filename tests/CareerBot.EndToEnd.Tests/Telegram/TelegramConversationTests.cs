namespace CareerBot.EndToEnd.Tests.Telegram;

[Collection(TelegramProcesses.Name)]
public sealed class TelegramConversationTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string> Fast = new() { ["Telegram__PerChatIntervalMilliseconds"] = "200" };
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("careerbot-e2e-");
    private TelegramEmulator _emulator = null!;

    private string Database => Path.Combine(_folder.FullName, "bot.db");

    public async Task InitializeAsync() => _emulator = await TelegramEmulator.StartAsync();

    [Fact]
    public async Task PrivateInterview_ButtonsAndTypedAnswers_ReachesWrapUpWithEveryPressAcknowledged()
    {
        const long user = 1001;
        await using var bot = TelegramBot.Start(_emulator.BaseUrl, Database, Fast);
        var driver = new InterviewDriver(_emulator, user);

        await _emulator.SendAsync(user, "/start");
        var chat = await driver.RunToWrapUpAsync();

        Assert.True(driver.Presses >= 3, InterviewDriver.Describe(chat));
        Assert.Equal(driver.Presses, (await _emulator.CallsAsync("answerCallbackQuery")).Count);
        Assert.All(chat.Where(m => driver.PressedMessageIds.Contains(m.MessageId)), m =>
        {
            Assert.True(m.Edited >= 1);
            Assert.False(m.HasChoices);
        });
        AssertNoDuplicates(chat);
        AssertHealthy(bot);
    }

    [Fact]
    public async Task Group_CommandsAnsweredPubliclyChatterIgnoredDeepLinkLeadsToPrivateChat()
    {
        const long user = 2001;
        const long group = -1002000;
        const long forum = -1003000;
        await using var bot = TelegramBot.Start(_emulator.BaseUrl, Database, Fast);

        await _emulator.SendAsync(user, $"/risk@{TelegramEmulator.BotUsername} nurse", chatId: group, chatType: "supergroup");
        var risk = await _emulator.WaitForQuietAsync(group, TimeSpan.FromSeconds(1));
        await _emulator.SendAsync(user, $"/start@{TelegramEmulator.BotUsername}", chatId: group, chatType: "supergroup");
        await _emulator.SendAsync(user, "anyone else worried about AI?", chatId: group, chatType: "supergroup");
        await _emulator.SendAsync(user, "/start@SomeOtherBot", chatId: group, chatType: "supergroup");
        var afterStart = await _emulator.WaitForQuietAsync(group, TimeSpan.FromSeconds(1.5), risk.Count + 1);
        await _emulator.SendAsync(user, $"/risk@{TelegramEmulator.BotUsername} teacher", chatId: forum, chatType: "supergroup", threadId: 5);
        var topic = await _emulator.WaitForQuietAsync(forum, TimeSpan.FromSeconds(1));
        await _emulator.SendAsync(user, "/start career");
        var privateChat = await _emulator.WaitForQuietAsync(user, TimeSpan.FromSeconds(1));
        var checksBefore = (await _emulator.CallsAsync("getChatMember")).Count;
        await _emulator.SetMemberStatusAsync(group, user, "administrator");
        await _emulator.SendAsync(user, $"/weekly@{TelegramEmulator.BotUsername} next", chatId: group, chatType: "supergroup");
        await _emulator.WaitForQuietAsync(group, TimeSpan.FromSeconds(1), afterStart.Count + 1);
        var checks = await _emulator.CallsAsync("getChatMember");

        Assert.NotEmpty(risk);
        var invitation = Assert.Single(afterStart.Skip(risk.Count));
        Assert.Contains(invitation.Buttons, b => b.Url is { } url && url.StartsWith($"https://t.me/{TelegramEmulator.BotUsername}?start=career-g1002000-", StringComparison.Ordinal));
        Assert.All(topic, m => Assert.Equal(5, m.ThreadId));
        Assert.Contains(privateChat, m => m.HasChoices);
        Assert.Equal(0, checksBefore);
        var check = Assert.Single(checks);
        Assert.Equal(user, check.Body["user_id"]!.GetValue<long>());
        AssertHealthy(bot);
    }

    [Fact]
    public async Task TooManyRequests_RetryAfterHonouredAndReplyArrivesOnce()
    {
        const long user = 3001;
        await using var bot = TelegramBot.Start(_emulator.BaseUrl, Database, Fast);
        await _emulator.SendAsync(user, "/start");
        var before = await _emulator.WaitForQuietAsync(user, TimeSpan.FromMilliseconds(700));

        await _emulator.InjectFaultAsync("sendMessage", 429, retryAfter: 2);
        await _emulator.SendAsync(user, "/help");
        var after = await _emulator.WaitForQuietAsync(user, TimeSpan.FromSeconds(1), before.Count + 1);

        var sends = (await _emulator.CallsAsync("sendMessage")).Skip(before.Count).ToList();
        Assert.True(sends.Count >= 2);
        Assert.True(sends[1].Time - sends[0].Time >= 2000, $"resent after {sends[1].Time - sends[0].Time} ms");
        Assert.Equal(sends.Count - 1, after.Count - before.Count);
        AssertNoDuplicates(after);
        AssertHealthy(bot);
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    internal static void AssertNoDuplicates(IReadOnlyList<BotMessage> chat)
    {
        for (var i = 1; i < chat.Count; i++)
        {
            Assert.False(chat[i].Text == chat[i - 1].Text && chat[i].Buttons.SequenceEqual(chat[i - 1].Buttons), "duplicate reply: " + chat[i].Text);
        }
    }

    internal static void AssertHealthy(BotProcess bot)
    {
        Assert.False(bot.HasExited, bot.Output);
        Assert.DoesNotContain("fail:", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("crit:", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(TelegramEmulator.Token, bot.Output, StringComparison.Ordinal);
    }
}
