using CareerBot.Core.Occupations.Matching;
using Xunit.Abstractions;

namespace CareerBot.Storage.LiteDb.Tests.Occupations.Matching;

/// <summary>Accuracy of the real matcher on the real seeds: hand-written sets and held-out O*NET titles.</summary>
public sealed class TitleMatcherEvaluationTests(RealMatcherFixture fixture, ITestOutputHelper output) : IClassFixture<RealMatcherFixture>
{
    [Theory]
    [InlineData("everyday_en.tsv", 0.97)]
    [InlineData("everyday_nl.tsv", 0.97)]
    [InlineData("unusual_en.tsv", 0.85)]
    // Written later, before tuning, to measure unseen chat phrasings: guards at the level reached, below the 97% aim.
    [InlineData("chat_en.tsv", 0.90)]
    [InlineData("chat_nl.tsv", 0.80)]
    public void Match_EvaluationSet_ReachesTopThreeTarget(string file, double target)
    {
        var cases = EvaluationCase.Load(file);

        var accuracy = Accuracy.Measure(fixture.Matcher, cases);

        output.WriteLine($"{file}: {accuracy}");
        Assert.True(accuracy.Top3 >= target, accuracy.ToString());
    }

    [Fact]
    public void Match_EverydaySets_HaveAtLeast150CasesPerLanguage()
    {
        var english = EvaluationCase.Load("everyday_en.tsv");
        var dutch = EvaluationCase.Load("everyday_nl.tsv");

        Assert.True(english.Count >= 150);
        Assert.True(dutch.Count >= 150);
    }

    [Fact]
    public void Match_HeldOutAlternateTitles_NotInTheIndex_MostAreFound()
    {
        var (rest, heldOut) = HeldOutTitles.Split(fixture.Vocabulary);
        var sut = new TitleMatcher(rest);

        var accuracy = Accuracy.Measure(sut, heldOut);

        output.WriteLine($"held-out: {accuracy}");
        Assert.True(heldOut.Count > 2000);
        Assert.True(accuracy.Top3 >= 0.62, accuracy.ToString());
    }

    [Theory]
    [InlineData("illustrator", "27-1013")]
    [InlineData("I'm a freelance illustrator", "27-1013")]
    [InlineData("ik werk als hovenier", "37-3011")]
    [InlineData("I work in a bookshop", "41-2031")]
    [InlineData("softwaretester", "15-1253")]
    [InlineData("electrican", "47-2111")]
    [InlineData("acountant", "13-2011")]
    [InlineData("redacteur", "27-3041")]
    [InlineData("advocaat", "23-1011")]
    [InlineData("Telemarketer", "41-9041")]
    [InlineData("I work on a university help desk", "15-1232")]
    [InlineData("relationship therapist", "21-1013")]
    [InlineData("relatietherapeut", "21-1013")]
    [InlineData("elektriciens", "47-2111")]
    public void Match_BriefExamples_AreInTheTopThree(string text, string soc)
    {
        var matches = fixture.Matcher.Match(text, 3);

        Assert.Contains(matches, m => m.Soc == soc);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("hallo")]
    [InlineData("asdfgh")]
    [InlineData("qwerty")]
    [InlineData("I don't know")]
    [InlineData("ik weet het niet")]
    [InlineData("no idea")]
    [InlineData("what is the weather today")]
    [InlineData("lorem ipsum dolor sit amet")]
    [InlineData("banana")]
    [InlineData("I like pizza")]
    [InlineData("my cat is cute")]
    [InlineData("I like cats")]
    [InlineData("I need help")]
    [InlineData("student")]
    [InlineData("🙂🙂")]
    [InlineData("\u0001\u0002\u0000")]
    public void Match_NonsenseOnRealVocabulary_ReturnsNoMatch(string text)
    {
        var matches = fixture.Matcher.Match(text, 3);

        Assert.Empty(matches);
    }

    [Fact]
    public void Match_TenThousandCharacterPaste_ReturnsNoMatch()
    {
        var paste = string.Concat(Enumerable.Repeat("I am a nurse and a teacher. ", 360));

        var matches = fixture.Matcher.Match(paste, 3);

        Assert.True(paste.Length >= 10_000);
        Assert.Empty(matches);
    }
}
