using System.Text.Json.Nodes;

namespace CareerBot.EndToEnd.Tests.Telegram;

/// <summary>
/// Issue 15 on Telegram, the real bot process against the emulator: inline mode ("@bot nur" in any chat), deep links
/// into the private chat (a card, the interview from a group's link) and the descriptions set at start-up.
/// </summary>
[Collection(TelegramProcesses.Name)]
public sealed class TelegramReachTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string> Fast = new() { ["Telegram__PerChatIntervalMilliseconds"] = "200" };
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("careerbot-e2e-reach-");
    private TelegramEmulator _emulator = null!;

    private string Database => Path.Combine(_folder.FullName, "bot.db");

    public async Task InitializeAsync() => _emulator = await TelegramEmulator.StartAsync();

    [Fact]
    public async Task InlineQuery_HalfTypedNurse_AnsweredWithSourcedCardsAndNothingAboutThePerson()
    {
        const long user = 7101;
        await using var bot = TelegramBot.Start(_emulator.BaseUrl, Database, Fast);

        var queryId = await _emulator.InlineQueryAsync(user, "nur", firstName: "Quirinus");
        var answer = await _emulator.WaitForInlineAnswerAsync(queryId);
        await _emulator.ChooseInlineResultAsync(user, queryId, "risk-29-1141", "nur");
        await Task.Delay(1000);

        Assert.NotNull(answer);
        Assert.False(answer["is_personal"]!.GetValue<bool>());
        Assert.InRange(answer["cache_time"]!.GetValue<int>(), 1, 3600);
        var results = answer["results"]!.AsArray().Select(r => r!).ToList();
        Assert.InRange(results.Count, 1, 10);
        var nurses = Assert.Single(results, r => r["title"]!.GetValue<string>() == "Registered Nurses");
        Assert.Equal("risk-29-1141", nurses["id"]!.GetValue<string>());
        Assert.Equal($"https://t.me/{TelegramEmulator.BotUsername}?start=risk-29-1141", nurses["reply_markup"]!["inline_keyboard"]![0]![0]!["url"]!.GetValue<string>());
        Assert.All(results, r =>
        {
            var text = Posted(r);
            Assert.Contains("2013", text, StringComparison.Ordinal);
            Assert.DoesNotContain(user.ToString(System.Globalization.CultureInfo.InvariantCulture), r.ToJsonString(), StringComparison.Ordinal);
            Assert.DoesNotContain("Quirinus", r.ToJsonString(), StringComparison.Ordinal);
        });
        Assert.Empty(await _emulator.BotMessagesAsync(user)); // an inline query opens no conversation, the chosen result adds nothing
        Assert.DoesNotContain("7101", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\bnur\b|Quirinus", bot.Output);
        TelegramConversationTests.AssertHealthy(bot);
    }

    [Fact]
    public async Task DeepLink_CardOfANurse_TheCardInThePrivateChatAndThenAsAPhotoInInlineAnswers()
    {
        const long user = 7102;
        await using var bot = TelegramBot.Start(_emulator.BaseUrl, Database, Fast);

        await _emulator.SendAsync(user, "/start risk-29-1141");
        var chat = await _emulator.WaitForQuietAsync(user, TimeSpan.FromSeconds(1.5));
        var queryId = await _emulator.InlineQueryAsync(user + 1, "nur");
        var answer = await _emulator.WaitForInlineAnswerAsync(queryId);

        var card = chat[0];
        Assert.Contains("Registered Nurses", card.Text, StringComparison.Ordinal);
        Assert.Contains("2013", card.Text, StringComparison.Ordinal);
        Assert.NotNull(card.Photo);
        Assert.True(chat.Count > 1, InterviewDriver.Describe(chat)); // then the interview's first question
        var nurses = Assert.Single(answer!["results"]!.AsArray(), r => r!["id"]!.GetValue<string>() == "risk-29-1141")!;
        Assert.Equal("photo", nurses["type"]!.GetValue<string>());
        Assert.Equal($"photo-{card.MessageId}", nurses["photo_file_id"]!.GetValue<string>());
        var caption = nurses["caption"]!.GetValue<string>(); // the public card: the same figures, its own last line
        Assert.Equal(card.Text.Split('\n')[..^1], caption.Split('\n')[..^1]);
        TelegramConversationTests.AssertHealthy(bot);
    }

    [Fact]
    public async Task DeepLink_UnknownJobCodeOrPayload_PoliteWordThenTheUsualStart()
    {
        const long user = 7104;
        const long other = 7105;
        await using var bot = TelegramBot.Start(_emulator.BaseUrl, Database, Fast);

        await _emulator.SendAsync(user, "/start risk-99-9999");
        var unknownJob = await _emulator.WaitForQuietAsync(user, TimeSpan.FromSeconds(1.5));
        await _emulator.SendAsync(other, "/start YnZiMTIzbWlzY0BnbWFpbC5jb20");
        var unknownPayload = await _emulator.WaitForQuietAsync(other, TimeSpan.FromSeconds(1.5));

        Assert.Equal("I don't know that job code.", unknownJob[0].Text);
        Assert.Equal(unknownPayload.Select(m => m.Text), unknownJob.Skip(1).Select(m => m.Text));
        Assert.Contains("A private chat was opened by a deep link (other)", bot.Output, StringComparison.Ordinal);
        TelegramConversationTests.AssertHealthy(bot);
    }

    [Fact]
    public async Task DeepLink_FromAGroupsInvitation_StartsTheInterviewPrivately()
    {
        const long user = 7106;
        const long group = -1007106;
        await using var bot = TelegramBot.Start(_emulator.BaseUrl, Database, Fast);

        await _emulator.SendAsync(user, $"/start@{TelegramEmulator.BotUsername}", chatId: group, chatType: "supergroup");
        var groupChat = await _emulator.WaitForQuietAsync(group, TimeSpan.FromSeconds(1.5));
        var invitation = groupChat[^1];
        var link = invitation.Buttons.Single(b => b.Url is not null).Url!;
        await _emulator.SendAsync(user, "/start " + link[(link.IndexOf("start=", StringComparison.Ordinal) + "start=".Length)..]);
        var chat = await _emulator.WaitForQuietAsync(user, TimeSpan.FromSeconds(1.5));
        await _emulator.SendAsync(user + 1, "/start career");
        var plain = await _emulator.WaitForQuietAsync(user + 1, TimeSpan.FromSeconds(1.5));
        await _emulator.SendAsync(user + 2, "/start career-g1007106"); // unsigned, as anyone could write it
        var forged = await _emulator.WaitForQuietAsync(user + 2, TimeSpan.FromSeconds(1.5));

        Assert.Matches($"^https://t\\.me/{TelegramEmulator.BotUsername}\\?start=career-g1007106-[A-Za-z0-9_-]{{10}}$", link);
        Assert.Equal(plain.Select(m => m.Text), chat.Select(m => m.Text));
        Assert.Contains(chat, m => m.HasChoices);
        Assert.Equal(plain.Select(m => m.Text), forged.Select(m => m.Text));
        Assert.Contains("A private chat was opened by a deep link (career from a group)", bot.Output, StringComparison.Ordinal);
        Assert.Contains("A private chat was opened by a deep link (unsigned)", bot.Output, StringComparison.Ordinal);
        TelegramConversationTests.AssertHealthy(bot);
    }

    [Fact]
    public async Task Start_DescriptionsSetInEnglishAndDutchOnceAndNotAgainAfterARestart()
    {
        await using (var first = TelegramBot.Start(_emulator.BaseUrl, Database, Fast))
        {
            Assert.True(await TelegramStartupTests.WaitAsync(async () => (await _emulator.CallsAsync("getUpdates")).Count >= 1), first.Output);
            await first.StopAsync();
        }

        var polls = (await _emulator.CallsAsync("getUpdates")).Count;
        await using var second = TelegramBot.Start(_emulator.BaseUrl, Database, Fast);
        Assert.True(await TelegramStartupTests.WaitAsync(async () => (await _emulator.CallsAsync("getUpdates")).Count > polls), second.Output);

        var descriptions = await _emulator.CallsAsync("setMyDescription");
        var shorts = await _emulator.CallsAsync("setMyShortDescription");
        Assert.Equal([null, "nl"], descriptions.Select(c => c.Body["language_code"]?.GetValue<string>()));
        Assert.Equal([null, "nl"], shorts.Select(c => c.Body["language_code"]?.GetValue<string>()));
        Assert.All(descriptions, c => Assert.InRange(c.Body["description"]!.GetValue<string>().Length, 1, 512));
        Assert.All(shorts, c => Assert.InRange(c.Body["short_description"]!.GetValue<string>().Length, 1, 120));
        Assert.Contains("Frey & Osborne 2013", descriptions[0].Body["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("verpleegkundige", descriptions[1].Body["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, (await _emulator.CallsAsync("getMyDescription")).Count); // the second start asked nothing
        TelegramConversationTests.AssertHealthy(second);
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    // What a result posts into the chat: the article's message text, or the photo's caption.
    private static string Posted(JsonNode result) =>
        result["input_message_content"]?["message_text"]?.GetValue<string>() ?? result["caption"]!.GetValue<string>();
}
