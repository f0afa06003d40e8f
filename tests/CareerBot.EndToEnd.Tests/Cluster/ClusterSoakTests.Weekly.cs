using System.Globalization;
using CareerBot.EndToEnd.Tests.Telegram;

namespace CareerBot.EndToEnd.Tests.Cluster;

public sealed partial class ClusterSoakTests
{
    private const long Moderator = 4_242;
    private const long FirstWeeklyGroup = -1_000_000_500;

    /// <summary>Moderators schedule a weekly prompt in each test group for a slot that falls during the run.</summary>
    private async Task<WeeklyPlan> ScheduleWeeklyAsync()
    {
        var at = TimeProvider.System.GetUtcNow() + _size.WeeklyLead;
        var slot = new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, TimeSpan.Zero).AddMinutes(1);
        var day = slot.DayOfWeek.ToString().ToLowerInvariant();
        var chats = Enumerable.Range(0, _size.WeeklyChannels).Select(i => FirstWeeklyGroup - i).ToList();
        foreach (var chat in chats)
        {
            await _emulator.SetMemberStatusAsync(chat, Moderator, "administrator");
            await _emulator.SendAsync(Moderator, $"/weekly schedule {day} {slot:HH:mm} UTC", chatId: chat, chatType: "supergroup");
        }

        foreach (var chat in chats)
        {
            var replies = await _emulator.WaitForMessagesAsync(chat, 1, TimeSpan.FromSeconds(60));
            Assert.True(replies.Count > 0, $"no answer to /weekly schedule in {chat}");
        }

        return new WeeklyPlan(slot, chats);
    }

    /// <summary>Waits until every slot is well past (a killed poster's lease runs out first), then counts posts made at or after the slot.</summary>
    private async Task<IReadOnlyList<WeeklyPosts>> CountWeeklyPostsAsync(WeeklyPlan plan)
    {
        var settled = plan.Slot + TimeSpan.FromSeconds(30);
        var wait = settled - TimeProvider.System.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        var slotMs = plan.Slot.ToUnixTimeMilliseconds();
        var sent = (await _soak.SentLogAsync(CancellationToken.None)).ToDictionary(m => m.Id);
        var counts = new List<WeeklyPosts>();
        foreach (var chat in plan.Chats)
        {
            var messages = await _emulator.BotMessagesAsync(chat);
            var posts = messages.Count(m => sent.TryGetValue(m.MessageId, out var s) && s.Time >= slotMs - 1000);
            counts.Add(new WeeklyPosts(chat, posts));
        }

        return counts;
    }

    private sealed record WeeklyPlan(DateTimeOffset Slot, IReadOnlyList<long> Chats);
}

/// <summary>How many weekly prompts one group got for the slot.</summary>
internal sealed record WeeklyPosts(long ChatId, int Posts)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{ChatId}: {Posts}");
}
