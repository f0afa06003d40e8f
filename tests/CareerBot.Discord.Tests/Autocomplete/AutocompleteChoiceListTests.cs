using CareerBot.Core.Conversations.Commands;
using CareerBot.Discord.Autocomplete;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.Discord.Tests.Autocomplete;

public sealed class AutocompleteChoiceListTests
{
    [Fact]
    public void For_HalfTypedJob_OffersTheOccupationWithItsSocCodeAsValue()
    {
        var engine = SuggestingLookup.Create();

        var sut = AutocompleteChoiceList.For(new AutocompleteQuery(ParameterSuggestions.Jobs, "nur", "en-US"), engine);

        Assert.Equal(("Registered Nurses", "29-1141"), (sut[0].Name, sut[0].Value));
    }

    [Fact]
    public void For_DutchLocale_NamesTheJobsInDutch()
    {
        var engine = SuggestingLookup.Create();

        var sut = AutocompleteChoiceList.For(new AutocompleteQuery(ParameterSuggestions.Jobs, "nurse", "nl"), engine);

        Assert.Equal(("Verpleegkundige", "29-1141"), (sut[0].Name, sut[0].Value));
    }

    [Fact]
    public void For_JobsWithoutAnEngine_IsEmpty()
    {
        var sut = AutocompleteChoiceList.For(new AutocompleteQuery(ParameterSuggestions.Jobs, "nur", "en-US"), lookup: null);

        Assert.Empty(sut);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("e")]
    public void For_TimeZones_AtMost25WithinDiscordsLimits(string typed)
    {
        var sut = AutocompleteChoiceList.For(new AutocompleteQuery(ParameterSuggestions.TimeZones, typed, "nl"), lookup: null);

        Assert.InRange(sut.Count, 1, AutocompleteChoiceList.MaxChoices);
        Assert.All(sut, c => Assert.InRange(c.Name.Length, 1, 100));
        Assert.All(sut, c => Assert.InRange(c.Value.Length, 1, 100));
    }

    [Fact]
    public void For_NothingTypedInDutch_OffersAmsterdamFirst()
    {
        var sut = AutocompleteChoiceList.For(new AutocompleteQuery(ParameterSuggestions.TimeZones, "", "nl"), lookup: null);

        Assert.Equal("Europe/Amsterdam", sut[0].Value);
    }
}
