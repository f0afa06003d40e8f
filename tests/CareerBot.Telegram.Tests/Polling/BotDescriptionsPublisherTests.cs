using CareerBot.Telegram.Polling;
using CareerBot.Telegram.Tests.Support;

namespace CareerBot.Telegram.Tests.Polling;

public sealed class BotDescriptionsPublisherTests : IAsyncDisposable
{
    private readonly AdapterHarness _harness = new();

    [Fact]
    public void For_EveryLanguage_WithinTelegramsLimitsAndNamingTheSources()
    {
        var sut = BotDescriptions.For(Some.Bot);

        Assert.Equal([null, "nl"], sut.Select(d => d.Language));
        Assert.All(sut, d =>
        {
            Assert.InRange(d.Description.Length, 1, BotDescriptions.MaxDescription);
            Assert.InRange(d.Short.Length, 1, BotDescriptions.MaxShortDescription);
            Assert.Contains("Frey & Osborne 2013", d.Description, StringComparison.Ordinal);
            Assert.Contains("@CareerTestBot", d.Description, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task PublishAsync_TelegramHasOtherTexts_SetsBothInBothLanguages()
    {
        var sut = CreateSut();

        await sut.PublishAsync(Some.Bot, CancellationToken.None);

        var set = _harness.Api.CallsTo("setMyDescription");
        Assert.Equal([null, "nl"], set.Select(c => c.Body["language_code"]?.GetValue<string>()));
        Assert.Equal(BotDescriptions.For(Some.Bot)[1].Description, set[1].Body["description"]!.GetValue<string>());
        var shortSet = _harness.Api.CallsTo("setMyShortDescription");
        Assert.Equal([null, "nl"], shortSet.Select(c => c.Body["language_code"]?.GetValue<string>()));
        Assert.Equal(BotDescriptions.For(Some.Bot)[0].Short, shortSet[0].Body["short_description"]!.GetValue<string>());
        Assert.True(await sut.IsCurrentAsync(Some.Bot, CancellationToken.None));
    }

    [Fact]
    public async Task PublishAsync_TelegramHasTheSameTexts_AsksButSetsNothing()
    {
        var sut = CreateSut();
        foreach (var (_, description, shortDescription) in BotDescriptions.For(Some.Bot))
        {
            _harness.Api.Script("getMyDescription", ApiReply.Ok(System.Text.Json.JsonSerializer.Serialize(new { description })));
            _harness.Api.Script("getMyShortDescription", ApiReply.Ok(System.Text.Json.JsonSerializer.Serialize(new { short_description = shortDescription })));
        }

        await sut.PublishAsync(Some.Bot, CancellationToken.None);

        Assert.Equal(2, _harness.Api.CallsTo("getMyDescription").Count);
        Assert.Empty(_harness.Api.CallsTo("setMyDescription"));
        Assert.Empty(_harness.Api.CallsTo("setMyShortDescription"));
    }

    [Fact]
    public async Task PublishAsync_PublishedBefore_AsksTelegramNothing()
    {
        var sut = CreateSut();
        await sut.PublishAsync(Some.Bot, CancellationToken.None);
        var before = _harness.Api.Calls.Count;

        await sut.PublishAsync(Some.Bot, CancellationToken.None);

        Assert.Equal(before, _harness.Api.Calls.Count);
    }

    [Fact]
    public async Task PublishAsync_TelegramFails_LoggedAndTriedAgainNextTime()
    {
        var sut = CreateSut();
        _harness.Api.Script("setMyDescription", ApiReply.Error(429, "Too Many Requests: retry after 3600", """{"retry_after":3600}"""));

        await sut.PublishAsync(Some.Bot, CancellationToken.None);

        Assert.False(await sut.IsCurrentAsync(Some.Bot, CancellationToken.None));
        Assert.Contains(_harness.Logs.Lines, line => line.Contains("Setting the bot descriptions failed", StringComparison.Ordinal));
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    private BotDescriptionsPublisher CreateSut() => _harness.Get<BotDescriptionsPublisher>();
}
