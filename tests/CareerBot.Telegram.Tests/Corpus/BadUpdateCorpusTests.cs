using System.Text.Json;
using CareerBot.Corpus;
using CareerBot.Telegram.Routing;
using CareerBot.Telegram.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace CareerBot.Telegram.Tests.Corpus;

/// <summary>
/// The malformed Telegram updates and responses of the bad-input corpus through the real polling service: nothing
/// crashes, an update that cannot be read is logged and skipped, and the offset still moves past it.
/// </summary>
public sealed class BadUpdateCorpusTests : IAsyncDisposable
{
    private const int FirstId = 1000;
    private readonly AdapterHarness _harness = new();

    [Fact]
    public void Map_EveryCorpusUpdateThatParses_RoutesWithoutThrowing()
    {
        var cases = BadInputCorpus.RawCases("telegram", "updates-*.txt");
        var failures = new List<string>();

        foreach (var badCase in cases)
        {
            Update? update;
            try
            {
                update = JsonSerializer.Deserialize<Update>(CorpusUpdates.WithId(badCase, 7), JsonBotAPI.Options);
            }
            catch (JsonException)
            {
                continue; // unreadable: the polling service skips it (next test)
            }

            try
            {
                _ = update is null ? null : TelegramUpdateMapper.Map(update, Some.Bot);
            }
            catch (Exception ex)
            {
                failures.Add($"{badCase.Id}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        Assert.True(cases.Count >= 60, $"only {cases.Count} update cases");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Poll_EveryCorpusUpdateBesideAGoodOne_BadSkippedGoodAnsweredOffsetPastBoth()
    {
        var sut = CreateSut();
        var cases = BadInputCorpus.RawCases("telegram", "updates-*.txt");
        for (var i = 0; i < cases.Count; i++)
        {
            var badId = FirstId + (2 * i);
            _harness.Api.QueueUpdates(CorpusUpdates.WithId(cases[i], badId), CorpusUpdates.PrivateText(badId + 1, 5000 + i, "sentinel " + i));
        }

        var lastOffset = (FirstId + (2 * cases.Count)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await sut.StartAsync(CancellationToken.None);
        var done = await _harness.WaitUntilAsync(() => _harness.State.Values.GetValueOrDefault("telegram:offset") == lastOffset, maxSteps: 20_000);
        await sut.StopAsync(CancellationToken.None);

        var answered = _harness.Processor.Handled.Where(m => m.Text?.StartsWith("sentinel ", StringComparison.Ordinal) == true).Select(m => m.Text).ToHashSet();
        var missed = cases.Where((c, i) => !answered.Contains("sentinel " + i)).Select(c => c.Id).ToList();
        Assert.True(done, $"offset stuck at {_harness.State.Values.GetValueOrDefault("telegram:offset")}; sentinels missed after: {string.Join(", ", missed)}");
        Assert.Empty(missed);
        Assert.DoesNotContain("[4003]", _harness.Logs.AllText, StringComparison.Ordinal); // no update threw in the handler
        Assert.DoesNotContain("[4023]", _harness.Logs.AllText, StringComparison.Ordinal); // the polling loop never failed
    }

    [Fact]
    public async Task Poll_EveryMalformedResponse_LoggedRetriedAndTheNextBatchAnswered()
    {
        var sut = CreateSut();
        var cases = BadInputCorpus.RawCases("telegram", "responses.txt");
        for (var i = 0; i < cases.Count; i++)
        {
            // Each garbage answer is followed by a good one, so every case is retried from a fresh back-off.
            _harness.Api.Script("getUpdates", ApiReply.Raw(200, cases[i].Raw));
            _harness.Api.Script("getUpdates", ApiReply.Ok("[" + CorpusUpdates.PrivateText(FirstId + i, 6000 + i, "after " + i) + "]"));
        }

        await sut.StartAsync(CancellationToken.None);
        var answered = await _harness.WaitUntilAsync(() => _harness.Processor.Handled.Count == cases.Count, maxSteps: 10_000);
        await sut.StopAsync(CancellationToken.None);

        var texts = _harness.Processor.Handled.Select(m => m.Text).ToHashSet();
        var missed = cases.Where((c, i) => !texts.Contains("after " + i)).Select(c => c.Id);
        Assert.True(cases.Count >= 15, $"only {cases.Count} response cases");
        Assert.True(answered, "no answer after: " + string.Join(", ", missed));
        Assert.Equal((FirstId + cases.Count).ToString(System.Globalization.CultureInfo.InvariantCulture), _harness.State.Values["telegram:offset"]);
        Assert.DoesNotContain("[4023]", _harness.Logs.AllText, StringComparison.Ordinal); // no garbage broke the polling loop
        Assert.True(_harness.Logs.Lines.Count(l => l.Contains("[4005]", StringComparison.Ordinal)) >= cases.Count - 1); // all but the BOM-prefixed body are retried
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    private IHostedService CreateSut() => _harness.PollingService;
}
