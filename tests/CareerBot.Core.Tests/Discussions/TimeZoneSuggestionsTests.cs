using CareerBot.Core.Discussions;

namespace CareerBot.Core.Tests.Discussions;

public sealed class TimeZoneSuggestionsTests
{
    [Theory]
    [InlineData("amster")]
    [InlineData("AMSTER")]
    [InlineData("europe/ams")]
    [InlineData("Amsterdam")]
    public void Suggest_PartOfTheCity_OffersTheZoneFirst(string typed)
    {
        var sut = TimeZoneSuggestions.Suggest(typed, "en-US", 25);

        Assert.Equal("Europe/Amsterdam", sut[0]);
    }

    [Fact]
    public void Suggest_SpaceForAnUnderscore_FindsTheZone()
    {
        var sut = TimeZoneSuggestions.Suggest("new york", null, 25);

        Assert.Equal("America/New_York", sut[0]);
    }

    [Theory]
    [InlineData("nl", "Europe/Amsterdam")]
    [InlineData("en-GB", "Europe/London")]
    [InlineData("en-US", "America/New_York")]
    [InlineData(null, "UTC")]
    public void Suggest_NothingTyped_OffersTheLocalesZoneFirst(string? locale, string expected)
    {
        var sut = TimeZoneSuggestions.Suggest("", locale, 25);

        Assert.Equal(expected, sut[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("america")]
    public void Suggest_AnyInput_OffersAtMostMaxIdsThatTheScheduleAccepts(string typed)
    {
        var sut = TimeZoneSuggestions.Suggest(typed, "nl", 25);

        Assert.InRange(sut.Count, 1, 25);
        Assert.All(sut, id => Assert.NotNull(TimeZones.Find(id)));
        Assert.Equal(sut.Count, sut.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Suggest_NothingMatches_IsEmpty()
    {
        var sut = TimeZoneSuggestions.Suggest("zzqx", "nl", 25);

        Assert.Empty(sut);
    }
}
