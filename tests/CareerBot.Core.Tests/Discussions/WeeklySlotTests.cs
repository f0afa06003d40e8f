using CareerBot.Core.Discussions;

namespace CareerBot.Core.Tests.Discussions;

public class WeeklySlotTests
{
    [Theory]
    [InlineData("Europe/Amsterdam")]
    [InlineData("America/New_York")]
    public void NextAfter_AYearOfSlots_KeepsLocalTimeAcrossBothDaylightSavingChanges(string zoneId)
    {
        var sut = new WeeklySlot(DayOfWeek.Sunday, new TimeOnly(9, 30), zoneId);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var slots = new List<DateTimeOffset>();
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        while (slots.Count < 53)
        {
            at = sut.NextAfter(at);
            slots.Add(at);
        }

        Assert.All(slots, slot =>
        {
            var local = TimeZoneInfo.ConvertTime(slot, zone);
            Assert.Equal(DayOfWeek.Sunday, local.DayOfWeek);
            Assert.Equal(new TimeOnly(9, 30), TimeOnly.FromDateTime(local.DateTime));
        });
        var gaps = slots.Zip(slots.Skip(1), (a, b) => b - a).ToList();
        Assert.Equal(2, gaps.Count(gap => gap != TimeSpan.FromDays(7)));
        Assert.Contains(TimeSpan.FromDays(7) - TimeSpan.FromHours(1), gaps);
        Assert.Contains(TimeSpan.FromDays(7) + TimeSpan.FromHours(1), gaps);
    }

    [Fact]
    public void NextAfter_TimeSkippedBySpringForward_PostsJustAfterTheJump()
    {
        // Europe/Amsterdam: 29 March 2026, 02:00 → 03:00.
        var sut = new WeeklySlot(DayOfWeek.Sunday, new TimeOnly(2, 30), "Europe/Amsterdam");

        var slot = sut.NextAfter(new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), slot);
        Assert.Equal(new TimeOnly(3, 30), TimeOnly.FromDateTime(sut.ToLocal(slot).DateTime));
    }

    [Fact]
    public void NextAfter_TimeThatHappensTwiceAtFallBack_TakesTheFirst()
    {
        // America/New_York: 1 November 2026, 02:00 EDT → 01:00 EST, so 01:30 happens twice.
        var sut = new WeeklySlot(DayOfWeek.Sunday, new TimeOnly(1, 30), "America/New_York");

        var slot = sut.NextAfter(new DateTimeOffset(2026, 10, 31, 12, 0, 0, TimeSpan.Zero));
        var after = sut.NextAfter(slot);

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 5, 30, 0, TimeSpan.Zero), slot);
        Assert.Equal(new DateTimeOffset(2026, 11, 8, 6, 30, 0, TimeSpan.Zero), after);
    }

    [Fact]
    public void NextAfter_ExactlyAtASlot_GivesTheNextWeek()
    {
        var sut = new WeeklySlot(DayOfWeek.Friday, new TimeOnly(18, 0), "UTC");
        var slot = new DateTimeOffset(2026, 12, 4, 18, 0, 0, TimeSpan.Zero);

        Assert.Equal(slot.AddDays(7), sut.NextAfter(slot));
        Assert.Equal(slot, sut.NextAfter(slot.AddTicks(-1)));
    }

    [Fact]
    public void NextAfter_LocalDayDiffersFromUtcDay_UsesTheLocalDay()
    {
        // Friday 23:30 in New York is Saturday 04:30 UTC.
        var sut = new WeeklySlot(DayOfWeek.Friday, new TimeOnly(23, 30), "America/New_York");

        var slot = sut.NextAfter(new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 12, 5, 4, 30, 0, TimeSpan.Zero), slot);
    }

    [Theory]
    [InlineData("europe/amsterdam", "Europe/Amsterdam")]
    [InlineData("UTC", "UTC")]
    [InlineData("America/New_York", "America/New_York")]
    public void Find_KnownZoneInAnyCase_ReturnsIt(string typed, string expected)
    {
        Assert.Equal(expected, TimeZones.Find(typed)?.Id);
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("")]
    [InlineData("../../etc/passwd")]
    public void Find_UnknownZone_ReturnsNull(string typed)
    {
        Assert.Null(TimeZones.Find(typed));
    }
}
