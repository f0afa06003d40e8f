using CareerBot.Telegram.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerBot.Telegram.Tests.Polling;

public sealed class TelegramPollingServiceTests : IAsyncDisposable
{
    private readonly AdapterHarness _harness = new();

    [Fact]
    public async Task Poll_Batch_HandledThenOffsetPersistedAndSentOnNextPoll()
    {
        var sut = CreateSut();
        _harness.Api.QueueUpdates(Some.PrivateText(10, "hi"), Some.PrivateText(11, "there", userId: 5));

        await sut.StartAsync(CancellationToken.None);
        var polledAgain = await _harness.WaitUntilAsync(() => _harness.Api.CallsTo("getUpdates").Count >= 2);
        await _harness.SettledAsync();
        await sut.StopAsync(CancellationToken.None);

        Assert.True(polledAgain);
        Assert.Equal("12", _harness.State.Values["telegram:offset"]);
        Assert.Equal(12, _harness.Api.CallsTo("getUpdates")[1].Body["offset"]!.GetValue<int>());
        Assert.Equal(2, _harness.Api.CallsTo("sendMessage").Count);
        Assert.Equal(5, _harness.Api.CallsTo("getUpdates")[0].Body["timeout"]!.GetValue<int>());
    }

    [Fact]
    public async Task Start_PendingReplies_RecoveredByTheDispatcherAndConfirmed()
    {
        var sut = CreateSut();
        _harness.Processor.AddPending(Some.Entry("9:0", "stored before the crash"));

        await _harness.Dispatcher.RecoverAsync(CancellationToken.None);
        await sut.StartAsync(CancellationToken.None);
        await _harness.SettledAsync();
        await sut.StopAsync(CancellationToken.None);

        Assert.Equal("stored before the crash", Assert.Single(_harness.Api.CallsTo("sendMessage")).Text);
        Assert.Equal("9:0", Assert.Single(_harness.Processor.Confirmed));
    }

    [Fact]
    public async Task Poll_SlowSend_NextBatchPolledWithoutWaitingForIt()
    {
        var sut = CreateSut();
        for (var i = 0; i < 50; i++)
        {
            _harness.Api.Script("sendMessage", ApiReply.Error(503, "Service Unavailable")); // sends keep failing and backing off
        }

        _harness.Api.QueueUpdates(Some.PrivateText(50, "hi"));
        _harness.Api.QueueUpdates(Some.PrivateText(51, "there", userId: 7));

        await sut.StartAsync(CancellationToken.None);
        var bothHandled = await _harness.WaitUntilAsync(() => _harness.Processor.Handled.Count == 2);
        await sut.StopAsync(CancellationToken.None);

        Assert.True(bothHandled);
        Assert.Equal("52", _harness.State.Values["telegram:offset"]);
    }

    [Fact]
    public async Task Start_PersistedOffset_UsedForFirstPoll()
    {
        var sut = CreateSut();
        _harness.State.Values["telegram:offset"] = "500";

        await sut.StartAsync(CancellationToken.None);
        await _harness.WaitUntilAsync(() => _harness.Api.CallsTo("getUpdates").Count >= 1);
        await sut.StopAsync(CancellationToken.None);

        Assert.Equal(500, _harness.Api.CallsTo("getUpdates")[0].Body["offset"]!.GetValue<int>());
    }

    [Fact]
    public async Task Poll_Conflict409_BacksOffBeforePollingAgain()
    {
        var sut = CreateSut();
        _harness.Api.Script("getUpdates", ApiReply.Raw(409, Fixture.Text("telegram_error_409_conflict_getupdates.json")));

        await sut.StartAsync(CancellationToken.None);
        var retried = await _harness.WaitUntilAsync(() => _harness.Api.CallsTo("getUpdates").Count >= 2);
        await sut.StopAsync(CancellationToken.None);

        var polls = _harness.Api.CallsTo("getUpdates");
        Assert.True(retried);
        Assert.True(polls[1].At - polls[0].At >= TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task Poll_GarbageResponse_LoggedAndRetried()
    {
        var sut = CreateSut();
        _harness.Api.Script("getUpdates", ApiReply.Raw(502, "<html>bad gateway</html>"));
        _harness.Api.Script("getUpdates", ApiReply.Raw(200, "{not json"));

        await sut.StartAsync(CancellationToken.None);
        var recovered = await _harness.WaitUntilAsync(() => _harness.Api.CallsTo("getUpdates").Count >= 3);
        await sut.StopAsync(CancellationToken.None);

        Assert.True(recovered);
    }

    [Fact]
    public async Task Poll_TurnFails_OffsetStaysAndUpdateRetried()
    {
        var sut = CreateSut();
        _harness.Processor.FailWith = new InvalidOperationException("store down");
        _harness.Api.QueueUpdates(Some.PrivateText(20, "hi"));
        _harness.Api.QueueUpdates(Some.PrivateText(20, "hi"));

        await sut.StartAsync(CancellationToken.None);
        await _harness.WaitUntilAsync(() => _harness.State.Values.ContainsKey("telegram:offset"));
        var offsetAfterFailure = _harness.State.Values["telegram:offset"];
        _harness.Processor.FailWith = null;
        var handled = await _harness.WaitUntilAsync(() => _harness.Processor.Handled.Count == 1);
        await sut.StopAsync(CancellationToken.None);

        Assert.Equal("20", offsetAfterFailure);
        Assert.True(handled);
        Assert.Equal("21", _harness.State.Values["telegram:offset"]);
    }

    [Fact]
    public async Task Stop_TurnInFlight_FinishesAndPersistsOffset()
    {
        var sut = CreateSut();
        _harness.Processor.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _harness.Api.QueueUpdates(Some.PrivateText(30, "hi"));

        await sut.StartAsync(CancellationToken.None);
        await _harness.WaitUntilAsync(() => _harness.Processor.Entered.Task.IsCompleted);
        var stopping = sut.StopAsync(CancellationToken.None);
        _harness.Processor.Hold.SetResult();
        await _harness.DriveAsync(stopping);
        await _harness.SettledAsync();

        Assert.Single(_harness.Api.CallsTo("sendMessage"));
        Assert.Equal("31", _harness.State.Values["telegram:offset"]);
    }

    [Fact]
    public async Task Start_CommandMenus_PublishedOnceInEnglishDutchAndForAdmins()
    {
        var sut = CreateSut();

        await sut.StartAsync(CancellationToken.None);
        await _harness.WaitUntilAsync(() => _harness.Api.CallsTo("getUpdates").Count >= 1);
        await sut.StopAsync(CancellationToken.None);
        await sut.StartAsync(CancellationToken.None);
        await _harness.WaitUntilAsync(() => _harness.Api.CallsTo("getUpdates").Count >= 2);
        await sut.StopAsync(CancellationToken.None);

        var menus = _harness.Api.CallsTo("setMyCommands");
        Assert.Equal(6, menus.Count);
        Assert.Contains(menus, m => m.Body["language_code"]?.GetValue<string>() == "nl");
        Assert.Contains(menus, m => m.Body["scope"]!["type"]!.GetValue<string>() == "all_chat_administrators"
            && m.Body["commands"]!.ToJsonString().Contains("weekly", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Logs_TokenInExceptionsAndUrls_NeverWritten()
    {
        var sut = CreateSut();
        _harness.Processor.FailWith = new InvalidOperationException($"failed calling http://x/bot{FakeTelegramApi.Token}/sendMessage");
        _harness.Api.Script("getUpdates", _ => throw new HttpRequestException($"refused: http://127.0.0.1:9/bot{FakeTelegramApi.Token}/getUpdates"));
        _harness.Api.QueueUpdates(Some.PrivateText(40, "hi"));

        await sut.StartAsync(CancellationToken.None);
        await _harness.WaitUntilAsync(() => _harness.Logs.AllText.Contains("Update 40 failed", StringComparison.Ordinal));
        await sut.StopAsync(CancellationToken.None);

        Assert.Empty(_harness.Logs.Lines.Where(l => l.Contains("SECRET", StringComparison.Ordinal)).Select(l => l[..Math.Min(200, l.Length)]));
        Assert.Contains(TokenRedactor.Mask, _harness.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeTelegramApi.Token, _harness.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", _harness.Logs.AllText, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    private IHostedService CreateSut() => _harness.PollingService;
}
