using CareerBot.Tests.ConsoleChat;

namespace CareerBot.Tests.Discussions;

public sealed class ConsoleModeratorTests : IDisposable
{
    private readonly ChatTranscript _chat = new();

    public void Dispose() => _chat.Dispose();

    [Fact]
    public async Task ChatAsModerator_WeeklyNow_PrintsAPromptInTheConsoleChannel()
    {
        var transcript = await _chat.RunAsync(["/weekly now"], moderator: true);

        Assert.Contains("Posting a discussion prompt now", transcript, StringComparison.Ordinal);
        Assert.Contains("── #console ──\n💬 Discussion of the week — ", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChatAsModerator_ScheduleThenStatusAcrossARestart_KeepsTheSchedule()
    {
        await _chat.RunAsync(["/weekly schedule friday 18:00 Europe/Amsterdam", "/weekly language nl"], moderator: true);
        _chat.Restart();

        var transcript = await _chat.RunAsync(["/weekly status"], moderator: true);

        Assert.Contains("Schedule: every Friday at 18:00 (Europe/Amsterdam)", transcript, StringComparison.Ordinal);
        Assert.Contains("Language: Dutch", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("#console", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChatAsModerator_WeeklyPulseOnThenStatus_TheConsoleChannelIsItsCommunity()
    {
        var transcript = await _chat.RunAsync(["/weekly pulse", "/weekly pulse on"], moderator: true);

        Assert.Contains("fewer than 5 people", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("which community", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChatWithoutModerator_Weekly_PointsToAGroup()
    {
        var transcript = await _chat.RunAsync(["/weekly now"]);

        Assert.Contains("a moderator uses /weekly there", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("#console", transcript, StringComparison.Ordinal);
    }
}
