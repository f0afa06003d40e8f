using BenchmarkDotNet.Attributes;
using CareerBot.Benchmarks.Conversations;
using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;
using CareerBot.Discussions;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Benchmarks.Discussions;

/// <summary>
/// One scheduler pass over many scheduled channels in LiteDB: the idle pass (nothing due, what runs every few minutes)
/// and the pass at a busy slot, when 1% of the channels post at once (record as due, post, record as sent).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
[MemoryDiagnoser]
public class WeeklySchedulerBenchmarks
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Monday);
    private BenchmarkStorage _storage = null!;
    private WeeklyPrompts _prompts = null!;
    private int _week;

    [Params(10_000)]
    public int Channels { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _storage = new BenchmarkStorage();
        _prompts = new WeeklyPrompts(_storage.Discussions, PromptFiles.Load("prompts"), [new NoOpPoster()], new DiscussionSettings(), _clock, new Random(1));
        for (var i = 0; i < Channels; i++)
        {
            // 1% of the channels share Monday 09:00 UTC; the rest are spread over other hours and days.
            var busy = i % 100 == 0;
            var day = busy ? "monday" : ((DayOfWeek)(1 + (i % 6))).ToString().ToLowerInvariant();
            var time = busy ? "09:00" : $"{10 + (i % 12)}:{i % 60:D2}";
            await _prompts.HandleCommandAsync(Command(i), $"schedule {day} {time} UTC", CancellationToken.None);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _storage.Dispose();

    [IterationSetup(Target = nameof(BusySlotPass))]
    public void ToNextBusySlot()
    {
        // Let the scheduler deal with the week's other slots first (as it would have, on time), then stand just after 09:00.
        _week++;
        var busySlot = Monday.AddDays(7 * _week).AddHours(3);
        _clock.SetUtcNow(busySlot.AddMinutes(-1));
        _prompts.RunDueAsync(CancellationToken.None).GetAwaiter().GetResult();
        _clock.SetUtcNow(busySlot.AddMinutes(1));
    }

    [Benchmark]
    public Task<DueRun> IdlePass() => _prompts.RunDueAsync(CancellationToken.None);

    [Benchmark]
    public Task<DueRun> BusySlotPass() => _prompts.RunDueAsync(CancellationToken.None);

    private static IncomingMessage Command(int i) => new()
    {
        Key = new ConversationKey(Platform.Discord, "moderator"),
        MessageId = $"setup-{i}",
        ReplyAddress = "",
        IsDirect = false,
        IsModerator = true,
        ChannelId = $"{900_000_000_000 + i}",
    };

    private sealed class NoOpPoster : IChannelPoster
    {
        public Platform Platform => Platform.Discord;

        public bool IsEnabled => true;

        public Task<PostOutcome> PostAsync(ChannelPost post, CancellationToken cancellationToken) => Task.FromResult(PostOutcome.Posted);
    }
}
