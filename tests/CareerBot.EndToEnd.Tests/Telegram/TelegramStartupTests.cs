namespace CareerBot.EndToEnd.Tests.Telegram;

[Collection(TelegramProcesses.Name)]
public sealed class TelegramStartupTests
{
    [Fact]
    public async Task Start_WithToken_PublishesMenusPollsAndStopsGracefullyWithoutLoggingToken()
    {
        await using var emulator = await TelegramEmulator.StartAsync();
        var folder = Directory.CreateTempSubdirectory("careerbot-e2e-");
        await using var bot = TelegramBot.Start(emulator.BaseUrl, Path.Combine(folder.FullName, "bot.db"));

        var polled = await WaitAsync(async () => (await emulator.CallsAsync("getUpdates")).Count >= 2);
        await bot.StopAsync();

        Assert.True(polled, bot.Output);
        var menus = await emulator.CallsAsync("setMyCommands");
        Assert.Equal(6, menus.Count);
        Assert.Contains(menus, m => m.Body["language_code"]?.GetValue<string>() == "nl");
        Assert.Contains(menus, m => m.Body["scope"]?["type"]?.GetValue<string>() == "all_chat_administrators");
        Assert.Equal(2, (await emulator.CallsAsync("getUpdates"))[0].Body["timeout"]!.GetValue<int>());
        Assert.DoesNotContain(TelegramEmulator.Token, bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("TEST/", bot.Output, StringComparison.Ordinal);
        folder.Delete(recursive: true);
    }

    internal static async Task<bool> WaitAsync(Func<Task<bool>> condition, int seconds = 30)
    {
        var elapsed = System.Diagnostics.Stopwatch.StartNew();
        while (elapsed.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return await condition();
    }
}
