using CareerBot.Core.Discussions;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Tests.Discussions;

public class WeeklyCommandParserTests
{
    [Theory]
    [InlineData("now", "Now")]
    [InlineData("NU", "Now")]
    [InlineData("pause", "Pause")]
    [InlineData("pauzeer", "Pause")]
    [InlineData("resume", "Resume")]
    [InlineData("hervat", "Resume")]
    [InlineData("skip", "Skip")]
    [InlineData("overslaan", "Skip")]
    [InlineData("status", "Status")]
    [InlineData("", "Help")]
    [InlineData("help", "Help")]
    public void Parse_Action_Recognised(string text, string expected)
    {
        var command = WeeklyCommandParser.Parse(text);

        Assert.Equal(expected, command.Action.ToString());
        Assert.Null(command.Problem);
    }

    [Theory]
    [InlineData("schedule fri 18:00 Europe/Amsterdam", DayOfWeek.Friday, 18, 0, "Europe/Amsterdam")]
    [InlineData("schedule Monday 9:05", DayOfWeek.Monday, 9, 5, null)]
    [InlineData("plannen vrijdag 18.00 europe/amsterdam", DayOfWeek.Friday, 18, 0, "Europe/Amsterdam")]
    [InlineData("schedule zo 00:00 UTC", DayOfWeek.Sunday, 0, 0, "UTC")]
    [InlineData("schedule wed 23:59 America/New_York", DayOfWeek.Wednesday, 23, 59, "America/New_York")]
    public void Parse_Schedule_ReadsDayTimeAndZone(string text, DayOfWeek day, int hour, int minute, string? zone)
    {
        var command = WeeklyCommandParser.Parse(text);

        Assert.Null(command.Problem);
        Assert.Equal(WeeklyAction.Schedule, command.Action);
        Assert.Equal(day, command.Day);
        Assert.Equal(new TimeOnly(hour, minute), command.Time);
        Assert.Equal(zone, command.TimeZoneId);
    }

    [Theory]
    [InlineData("schedule", "weekly.bad.day")]
    [InlineData("schedule someday 18:00", "weekly.bad.day")]
    [InlineData("schedule fri", "weekly.bad.time")]
    [InlineData("schedule fri 25:00", "weekly.bad.time")]
    [InlineData("schedule fri 6pm", "weekly.bad.time")]
    [InlineData("schedule fri 18:00 Mars/Base", "weekly.bad.zone")]
    [InlineData("schedule fri 18:00 Europe/Amsterdam extra", "weekly.bad.zone")]
    [InlineData("language de", "weekly.bad.language")]
    [InlineData("language", "weekly.bad.language")]
    [InlineData("explode", "weekly.bad.action")]
    [InlineData("<b>now</b>", "weekly.bad.action")]
    public void Parse_BadInput_NamesTheProblem(string text, string problem)
    {
        Assert.Equal(problem, WeeklyCommandParser.Parse(text).Problem);
    }

    [Fact]
    public void Parse_Language_ReadsCode()
    {
        Assert.Equal(Language.Dutch, WeeklyCommandParser.Parse("taal nl").Language);
        Assert.Equal(Language.English, WeeklyCommandParser.Parse("language EN").Language);
    }
}
