using CareerBot.Core.Occupations.Matching;
using CareerBot.Storage.LiteDb.Tests.Occupations.Matching;

namespace CareerBot.Storage.LiteDb.Tests.Occupations.Vocabulary;

/// <summary>The index built from the real seeds, saved and loaded: the loaded matcher answers every evaluation query identically.</summary>
public sealed class TitleIndexRoundTripTests(RealMatcherFixture fixture) : IClassFixture<RealMatcherFixture>
{
    [Fact]
    public void Load_SavedRealIndex_GivesTheSameMatchesForEveryEvaluationQuery()
    {
        using var saved = new MemoryStream();
        fixture.Matcher.Save(saved);
        saved.Position = 0;
        var queries = Directory.GetFiles(SeedFiles.EvaluationFolder, "*.tsv")
            .SelectMany(file => EvaluationCase.Load(Path.GetFileName(file)))
            .Select(c => c.Text)
            .Concat(["electrican", "vrachtwagenchauffeur", "software ontwikkelaar", "I like pizza", "asdfgh", "🙂", ""])
            .ToList();

        var sut = TitleMatcher.Load(saved);

        Assert.True(queries.Count > 1000);
        Assert.All(queries, query => Assert.Equal(fixture.Matcher.Match(query, 5), sut.Match(query, 5)));
    }
}
