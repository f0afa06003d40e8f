using System.Text.RegularExpressions;
using CareerBot.Core.Stories;

namespace CareerBot.Core.Tests.Stories;

/// <summary>The shipped seeds/stories.json: it loads, and it says only what the article says.</summary>
public sealed class RealSeedTests
{
    private static readonly string Article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds/article_2026-02-11_nl.txt"));
    private static readonly StorySeed Seed = StorySeedReader.Read(SeedJson.RealSeedPath);

    [Fact]
    public void Read_RealSeed_HasTheSixPeopleAndTwoPassagesAsContext()
    {
        var ids = Seed.Stories.Select(s => s.Id);

        Assert.Equal(["jacqueline-bowman", "janet-feenstra", "richard", "paola-adeitan", "bethan", "marketer-side-income"], ids);
        Assert.Equal(["frey-view", "care-teaching"], Seed.Context.Select(c => c.Id));
        Assert.DoesNotContain(Seed.Stories, s => s.Name?.Contains("Frey", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("jacqueline-bowman", "27-3043", "21-1013")]
    [InlineData("janet-feenstra", "27-3041", "51-3011")]
    [InlineData("richard", "19-5011", "47-2111")]
    [InlineData("paola-adeitan", "23-1011", null)]
    [InlineData("bethan", "15-1232", "35-3023")]
    [InlineData("marketer-side-income", "13-1161", null)]
    public void Read_RealSeed_HasTheExpectedSocCodes(string id, string fromSoc, string? toSoc)
    {
        var story = Seed.Stories.Single(s => s.Id == id);

        Assert.Equal((fromSoc, toSoc), (story.FromSoc, story.ToSoc));
    }

    [Fact]
    public void Read_RealSeed_NamesAndAgesAreAsTheArticleGivesThem()
    {
        foreach (var story in Seed.Stories.Where(s => s.Name is not null))
        {
            Assert.Contains($"{story.Name} ({story.Age})", Article, StringComparison.Ordinal);
        }

        Assert.Contains(Seed.Stories, s => s.Name is null && s.Age is null && s.Who is not null);
    }

    [Fact]
    public void Read_RealSeed_DutchQuotesAreVerbatimFromTheArticle()
    {
        var quotes = Seed.Stories.SelectMany(s => s.Quotes).ToList();

        Assert.Equal(5, quotes.Count);
        Assert.All(quotes, q => Assert.Contains("“" + q.Dutch, Article, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_RealSeed_KeepsTheHardPartsOfEachStory()
    {
        string Dutch(string id) => Seed.Stories.Single(s => s.Id == id).WhatHappened.Dutch;

        Assert.Contains("helft van haar oude tarief", Dutch("jacqueline-bowman"), StringComparison.Ordinal);
        Assert.Contains("zorgverzekering niet meer betalen", Dutch("jacqueline-bowman"), StringComparison.Ordinal);
        Assert.Contains("fysiek zwaar en slechter betaald", Dutch("janet-feenstra"), StringComparison.Ordinal);
        Assert.Contains("moest verhuizen", Dutch("janet-feenstra"), StringComparison.Ordinal);
        Assert.Contains("zoons tijdelijk bij hun vader", Dutch("janet-feenstra"), StringComparison.Ordinal);
        Assert.Contains("forse salarisdaling", Dutch("richard"), StringComparison.Ordinal);
        Assert.Contains("juniorfuncties", Dutch("richard"), StringComparison.Ordinal);
        Assert.Contains("vervangen door een AI-kiosk", Dutch("bethan"), StringComparison.Ordinal);
        Assert.Contains("ondanks fysieke klachten", Dutch("bethan"), StringComparison.Ordinal);
        Assert.Contains(StoryTag.Bitterness, Seed.Stories.Single(s => s.Id == "janet-feenstra").Tags);
    }

    [Fact]
    public void Read_RealSeed_InterpretedCodesAreExplainedInTheNote()
    {
        var withoutNote = Seed.Stories.Where(s => string.IsNullOrWhiteSpace(s.Note)).Select(s => s.Id);

        Assert.Empty(withoutNote);
    }

    [Fact]
    public void Read_RealSeed_EveryNumberInTheStoriesIsInTheArticle()
    {
        // Ages and years must come from the article; a number we made up would show here.
        var numbers = Seed.Stories.SelectMany(s => new[] { s.WhatHappened.Dutch, s.FromJob.Dutch, s.ToJob?.Dutch ?? string.Empty })
            .Concat(Seed.Context.Select(c => c.Text.Dutch))
            .SelectMany(text => Regex.Matches(text, "[0-9]+").Select(m => m.Value))
            .Distinct();

        Assert.All(numbers, n => Assert.Contains(n, Article, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_RealSeed_PassagesAreTheArticlesSentencesWordForWord()
    {
        var sentences = Seed.Context
            .SelectMany(c => Regex.Split(c.Text.Dutch, @"(?<=[.?!”])\s+"))
            .Where(sentence => sentence.Length > 0)
            .ToList();

        Assert.True(sentences.Count >= 8);
        Assert.All(sentences, sentence => Assert.Contains(sentence.TrimEnd('”'), Article, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_RealSeed_FreysWordsAsTheArticleSaysThem()
    {
        var frey = Seed.Context.Single(c => c.Id == "frey-view").Text;

        Assert.Contains("often take longer", frey.English, StringComparison.Ordinal);
        Assert.Contains("first signs", frey.English, StringComparison.Ordinal);
        Assert.DoesNotContain("usually", frey.English, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("already under pressure", frey.English, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("doorbraken duren vaak langer dan gedacht", Article, StringComparison.Ordinal);
        Assert.Contains("eerste signalen", Article, StringComparison.Ordinal);
    }
}
