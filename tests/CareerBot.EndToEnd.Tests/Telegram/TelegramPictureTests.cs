namespace CareerBot.EndToEnd.Tests.Telegram;

/// <summary>
/// /risk answered with the risk card picture, the real bot process against the emulator: one sendPhoto (multipart) with
/// the card as its caption and the card's buttons, a PNG a phone shows well; and with Pictures:Enabled=false, text alone.
/// </summary>
[Collection(TelegramProcesses.Name)]
public sealed class TelegramPictureTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string> Fast = new() { ["Telegram__PerChatIntervalMilliseconds"] = "200" };
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("careerbot-e2e-pictures-");
    private TelegramEmulator _emulator = null!;

    private string Database => Path.Combine(_folder.FullName, "bot.db");

    public async Task InitializeAsync() => _emulator = await TelegramEmulator.StartAsync();

    [Fact]
    public async Task Risk_PrivateChat_AnsweredWithOnePhotoCaptionedWithTheCardAndItsButtons()
    {
        const long user = 7001;
        await using var bot = TelegramBot.Start(_emulator.BaseUrl, Database, Fast);

        await _emulator.SendAsync(user, "/risk nurse");
        var chat = await _emulator.WaitForQuietAsync(user, TimeSpan.FromSeconds(1.5));

        var card = Assert.Single(chat, m => m.Photo is not null);
        Assert.Contains("Registered Nurses", card.Text, StringComparison.Ordinal);
        Assert.True(card.Text.Length <= 1024, card.Text);
        Assert.True(card.HasChoices, InterviewDriver.Describe(chat));
        Assert.True(card.Photo!.IsPng);
        Assert.InRange(card.Photo.Bytes, 1, 100 * 1024);
        Assert.InRange(card.Photo.Width, 1, 1000);
        Assert.InRange(card.Photo.Height, 1, 600);
        Assert.StartsWith("risk-card-", card.Photo.FileName, StringComparison.Ordinal);
        Assert.DoesNotContain(chat, m => m.Photo is null && m.Text == card.Text); // the card once, as the caption
        var upload = Assert.Single(await _emulator.CallsAsync("sendPhoto"));
        Assert.Null(upload.Body["parse_mode"]);
        TelegramConversationTests.AssertHealthy(bot);
    }

    [Fact]
    public async Task Risk_ButtonUnderThePhoto_PressedAnsweredAndTheCaptionMarked()
    {
        const long user = 7002;
        await using var bot = TelegramBot.Start(_emulator.BaseUrl, Database, Fast);
        await _emulator.SendAsync(user, "/risk nurse");
        var before = await _emulator.WaitForQuietAsync(user, TimeSpan.FromSeconds(1.5));
        var card = Assert.Single(before, m => m.Photo is not null);

        await _emulator.PressAsync(user, card.MessageId, card.Buttons.First(b => b.Data is not null).Data!);
        var after = await _emulator.WaitForQuietAsync(user, TimeSpan.FromSeconds(1.5), before.Count + 1);

        var marked = after.Single(m => m.MessageId == card.MessageId);
        Assert.Equal(1, marked.Edited);
        Assert.False(marked.HasChoices);
        Assert.StartsWith(card.Text, marked.Text, StringComparison.Ordinal);
        Assert.True(after.Count > before.Count, InterviewDriver.Describe(after));
        TelegramConversationTests.AssertHealthy(bot);
    }

    [Fact]
    public async Task Risk_InAGroup_ThePhotoGoesToTheGroup()
    {
        const long user = 7003;
        const long group = -1007000;
        await using var bot = TelegramBot.Start(_emulator.BaseUrl, Database, Fast);

        await _emulator.SendAsync(user, $"/risk@{TelegramEmulator.BotUsername} nurse", chatId: group, chatType: "supergroup");
        var messages = await _emulator.WaitForQuietAsync(group, TimeSpan.FromSeconds(1.5));

        Assert.Contains(messages, m => m.Photo is { IsPng: true } && m.Text.Contains("Registered Nurses", StringComparison.Ordinal));
        TelegramConversationTests.AssertHealthy(bot);
    }

    [Fact]
    public async Task Risk_PicturesTurnedOff_TextAloneAndNoPhoto()
    {
        const long user = 7004;
        var settings = new Dictionary<string, string>(Fast) { ["Pictures__Enabled"] = "false" };
        await using var bot = TelegramBot.Start(_emulator.BaseUrl, Database, settings);

        await _emulator.SendAsync(user, "/risk nurse");
        var chat = await _emulator.WaitForQuietAsync(user, TimeSpan.FromSeconds(1.5));

        Assert.Contains(chat, m => m.Text.Contains("Registered Nurses", StringComparison.Ordinal));
        Assert.All(chat, m => Assert.Null(m.Photo));
        Assert.Empty(await _emulator.CallsAsync("sendPhoto"));
        TelegramConversationTests.AssertHealthy(bot);
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}
