using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.Core.Pictures;
using CareerBot.Telegram.Inline;
using CareerBot.Telegram.Polling;
using CareerBot.Telegram.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace CareerBot.Telegram.Tests.Inline;

/// <summary>An inline query (the real fixture with another text) through the update handler: one answerInlineQuery, nothing stored.</summary>
public sealed class InlineQueryAnswererTests : IAsyncDisposable
{
    private readonly Mock<IPictureRenderer> _renderer = new();
    private AdapterHarness? _harness;

    public InlineQueryAnswererTests() => _renderer.Setup(r => r.RenderPng(It.IsAny<ReplyPicture>())).Returns(Some.Png);

    private AdapterHarness Harness => _harness ??= new AdapterHarness(replace: services => services.AddSingleton(_renderer.Object));

    [Fact]
    public async Task HandleAsync_HalfTypedJob_AnsweredOnceWithThatJobsCardAsText()
    {
        var sut = CreateSut();

        await sut.HandleAsync(Query("nur"), CancellationToken.None);

        var call = Assert.Single(Harness.Api.CallsTo("answerInlineQuery"));
        Assert.Equal("134567890097", call.Body["inline_query_id"]!.GetValue<string>());
        Assert.Equal(InlineQueryAnswerer.CacheSeconds, call.Body["cache_time"]!.GetValue<int>());
        Assert.False(call.Body["is_personal"]?.GetValue<bool>() ?? false);
        Assert.Equal("career", call.Body["button"]!["start_parameter"]!.GetValue<string>());
        var result = Results(call).First(r => r!["id"]!.GetValue<string>() == "risk-29-1141")!;
        Assert.Equal("article", result["type"]!.GetValue<string>());
        Assert.Equal("Registered Nurses", result["title"]!.GetValue<string>());
        var text = result["input_message_content"]!["message_text"]!.GetValue<string>();
        Assert.Contains("Registered Nurses", text, StringComparison.Ordinal);
        Assert.Contains("2013", text, StringComparison.Ordinal);
        Assert.Equal(InlineResults.Description(text), result["description"]!.GetValue<string>());
        var link = result["reply_markup"]!["inline_keyboard"]![0]![0]!;
        Assert.Equal("More from CareerBot", link["text"]!.GetValue<string>());
        Assert.Equal("https://t.me/CareerTestBot?start=risk-29-1141", link["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task HandleAsync_AnyQuery_NoConversationNoOutboxNoPersonInTheLog()
    {
        var sut = CreateSut();

        await sut.HandleAsync(Query("nur"), CancellationToken.None);

        Assert.Empty(Harness.Processor.Handled);
        Assert.Equal(0, Harness.Processor.OutboxCount);
        Assert.DoesNotContain(Harness.State.Values.Keys, key => key.Contains("1111111", StringComparison.Ordinal));
        Assert.All(Harness.Logs.Lines, line =>
        {
            Assert.DoesNotContain("1111111", line, StringComparison.Ordinal);
            Assert.DoesNotContain("nur", line, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Testusername", line, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task HandleAsync_EmptyQuery_OffersCommonJobs()
    {
        var sut = CreateSut();

        await sut.HandleAsync(Query(""), CancellationToken.None);

        var results = Results(Assert.Single(Harness.Api.CallsTo("answerInlineQuery")));
        Assert.InRange(results.Count, 1, InlineResults.MaxResults);
        Assert.Equal(results.Count, results.Select(r => r!["id"]!.GetValue<string>()).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task HandleAsync_OddText_AnsweredOnceWithAtMostTheUsualResults(string text)
    {
        var sut = CreateSut();
        var update = Query("placeholder");
        update.InlineQuery!.Query = text;

        await sut.HandleAsync(update, CancellationToken.None);

        var call = Assert.Single(Harness.Api.CallsTo("answerInlineQuery"));
        Assert.InRange(Results(call).Count, 0, InlineResults.MaxResults);
        Assert.DoesNotContain(Harness.Logs.Lines, line => line.Contains("could not be answered", StringComparison.Ordinal));
    }

    public static TheoryData<string> BadQueries() =>
    [
        "",
        "   ",
        new string('n', 300),
        string.Concat(Enumerable.Repeat("nurse ", 60)),
        "nur\u0000se\u0007\u001b[31m",
        "\uD83Dnurse\uDE00",
        "\uDC00",
        "nurse\uD83D",
        "😀😀😀",
        "👩🏽‍⚕️",
        "\u202Enurse\u200B\uFEFF",
        "\uFFFF\uFDD0",
    ];

    [Fact]
    public async Task HandleAsync_DutchApp_DutchCardAndDutchLink()
    {
        var sut = CreateSut();

        await sut.HandleAsync(Query("bak", languageCode: "nl"), CancellationToken.None);

        var result = Results(Assert.Single(Harness.Api.CallsTo("answerInlineQuery"))).First(r => r!["id"]!.GetValue<string>() == "risk-51-3011")!;
        Assert.Equal("Meer van CareerBot", result["reply_markup"]!["inline_keyboard"]![0]![0]!["text"]!.GetValue<string>());
        Assert.Contains("2013", result["input_message_content"]!["message_text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_CardPictureSentBefore_ThatResultIsTheCachedPhotoWithTheCardAsCaption()
    {
        var sut = CreateSut();
        var lookup = Harness.Get<Core.Conversations.OccupationLookup>();
        var card = lookup.Card("29-1141", Core.Texts.Language.English)!;
        await Harness.Get<CardPhotoIds>().RememberAsync(card.Picture!, [new PhotoSize { FileId = "AgACAgQAAxk-nurses", FileUniqueId = "u1", Width = 1200, Height = 675 }], CancellationToken.None);

        await sut.HandleAsync(Query("nur"), CancellationToken.None);

        var result = Results(Assert.Single(Harness.Api.CallsTo("answerInlineQuery"))).First(r => r!["id"]!.GetValue<string>() == "risk-29-1141")!;
        Assert.Equal("photo", result["type"]!.GetValue<string>());
        Assert.Equal("AgACAgQAAxk-nurses", result["photo_file_id"]!.GetValue<string>());
        Assert.Equal(card.Text, result["caption"]!.GetValue<string>());
        Assert.Equal("Registered Nurses", result["title"]!.GetValue<string>());
        Assert.Equal("https://t.me/CareerTestBot?start=risk-29-1141", result["reply_markup"]!["inline_keyboard"]![0]![0]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task HandleAsync_SameQueryTwice_StoreAskedOncePerPictureThenNotAtAll()
    {
        var counting = new CountingPlatformStateStore(new FakePlatformStateStore());
        _harness = new AdapterHarness(replace: services => services.AddSingleton(_renderer.Object).AddSingleton<Core.Messaging.IPlatformStateStore>(counting));
        var sut = CreateSut();

        await sut.HandleAsync(Query("nur"), CancellationToken.None);
        var first = counting.Counts.Total;
        var offered = Results(Harness.Api.CallsTo("answerInlineQuery")[0]).Count;
        await sut.HandleAsync(Query("nur"), CancellationToken.None);

        Assert.Equal(offered, first); // one read per card picture, no writes, nothing about the person
        Assert.Equal(0, counting.Counts.Writes);
        Assert.Equal(first, counting.Counts.Total); // a picture found missing is not asked for again for a few minutes
    }

    [Fact]
    public async Task HandleAsync_TelegramRefusesTheAnswer_LoggedOnceAndNotRetried()
    {
        var sut = CreateSut();
        Harness.Api.Script("answerInlineQuery", ApiReply.Error(400, "Bad Request: query is too old and response timeout expired or query ID is invalid"));

        await sut.HandleAsync(Query("nur"), CancellationToken.None);

        Assert.Single(Harness.Api.CallsTo("answerInlineQuery"));
        Assert.Contains(Harness.Logs.Lines, line => line.Contains("could not be answered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_ChosenInlineResultFixture_OnlyCounted()
    {
        var sut = CreateSut();

        await sut.HandleAsync(Fixture.Update("telegram_chosen_inline_result.json"), CancellationToken.None);

        Assert.DoesNotContain(Harness.Api.Calls, c => c.Method is not "getMe");
        Assert.Empty(Harness.Processor.Handled);
        Assert.Empty(Harness.State.Values);
    }

    public async ValueTask DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }

    private UpdateHandler CreateSut() => Harness.Get<UpdateHandler>();

    private static JsonArray Results(ApiCall call) => call.Body["results"]!.AsArray();

    // The real inline_query fixture with another text (and, for a Dutch app, a language code).
    private static Update Query(string text, string? languageCode = null)
    {
        var query = JsonNode.Parse(Fixture.Text("telegram_inline_query.json"))!.AsObject();
        query["query"] = text;
        if (languageCode is not null)
        {
            query["from"]!["language_code"] = languageCode;
        }

        return JsonSerializer.Deserialize<Update>(new JsonObject { ["update_id"] = 90, ["inline_query"] = query }.ToJsonString(), JsonBotAPI.Options)!;
    }
}
