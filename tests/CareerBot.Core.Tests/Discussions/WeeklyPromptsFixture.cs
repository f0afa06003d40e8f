using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;
using CareerBot.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Core.Tests.Discussions;

/// <summary>Weekly prompts on a fake clock, an in-memory store and two recording platforms; "restart" = a new instance on the same store.</summary>
internal sealed class WeeklyPromptsFixture
{
    /// <summary>Monday 5 January 2026, 10:00 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 10, 0, 0, TimeSpan.Zero);

    public WeeklyPromptsFixture(int prompts = 6)
    {
        Catalog = TestPrompts.Catalog(prompts);
        Telegram = new RecordingChannelPoster(Platform.Telegram, Clock);
        Discord = new RecordingChannelPoster(Platform.Discord, Clock);
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public InMemoryDiscussionStore Store { get; } = new();

    public PromptCatalog Catalog { get; }

    public RecordingChannelPoster Telegram { get; }

    public RecordingChannelPoster Discord { get; }

    public List<DueEvent> Events { get; } = [];

    public WeeklyPrompts CreateSut(int seed = 7) =>
        new(Store, Catalog, [Telegram, Discord], new DiscussionSettings(), Clock, new Random(seed));

    public static IncomingMessage Command(string channel = "-100", Platform platform = Platform.Telegram, bool moderator = true, string? locale = "en", string? messageId = null) => new()
    {
        Key = new ConversationKey(platform, "moderator-1"),
        MessageId = messageId ?? Some.MessageId(),
        ReplyAddress = "address",
        IsDirect = false,
        Text = "/weekly",
        IsModerator = moderator,
        ChannelId = channel,
        Locale = locale,
    };

    public static async Task<string> SayAsync(WeeklyPrompts sut, string argument, string channel = "-100", Platform platform = Platform.Telegram)
    {
        var replies = await sut.HandleCommandAsync(Command(channel, platform), argument, CancellationToken.None);
        return string.Join('\n', replies.Select(r => r.Text));
    }

    /// <summary>Lets the scheduler run until <paramref name="end"/>, jumping the clock from one due time to the next.</summary>
    public async Task RunUntilAsync(WeeklyPrompts sut, DateTimeOffset end)
    {
        for (var pass = 0; pass < 10_000; pass++)
        {
            var run = await sut.RunDueAsync(CancellationToken.None);
            Events.AddRange(run.Events);
            if (run.NextDue > end)
            {
                if (end > Clock.GetUtcNow())
                {
                    Clock.SetUtcNow(end);
                }

                return;
            }

            if (run.NextDue > Clock.GetUtcNow())
            {
                Clock.SetUtcNow(run.NextDue);
            }
        }

        throw new InvalidOperationException("The scheduler never settled.");
    }
}
