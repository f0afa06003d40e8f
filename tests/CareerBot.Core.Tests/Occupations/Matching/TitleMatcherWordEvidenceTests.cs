using CareerBot.Core.Occupations.Matching;

namespace CareerBot.Core.Tests.Occupations.Matching;

/// <summary>Titles no single vocabulary title fits, decided by where each word is used across an occupation's titles.</summary>
public sealed class TitleMatcherWordEvidenceTests
{
    [Fact]
    public void Match_ModifierUsedOnlyInOtherTitlesOfAnOccupation_BreaksTheTie()
    {
        var sut = CreateSut();

        var matches = sut.Match("wages clerk", 3);

        Assert.Equal("43-3051", matches[0].Soc);
    }

    [Fact]
    public void Match_JobNounDecidesOverAModifier_HelperOfAButcherIsAHelper()
    {
        var sut = CreateSut();

        var matches = sut.Match("butcher helper", 3);

        Assert.Equal("51-9198", matches[0].Soc);
    }

    [Fact]
    public void Match_ExactTitle_IsNotOverruledByWordEvidence()
    {
        var sut = CreateSut();

        var matches = sut.Match("office clerk", 3);

        Assert.Equal("43-9061", matches[0].Soc);
    }

    [Fact]
    public void Match_WordEvidenceScores_StayInRangeAndOrdered()
    {
        var sut = CreateSut();

        var matches = sut.Match("wages clerk", 10);

        Assert.All(matches, m => Assert.InRange(m.Score, 0, 1));
        Assert.Equal(matches.OrderByDescending(m => m.Score).Select(m => m.Soc), matches.Select(m => m.Soc));
    }

    private static TitleMatcher CreateSut() => new(
    [
        Some.English("Payroll and Timekeeping Clerks", "43-3051", TitleSource.OccupationTitle),
        Some.English("Payroll Clerk", "43-3051"),
        Some.English("Payroll Officer", "43-3051"),
        Some.English("Wages Administrator", "43-3051"),
        Some.English("Wages Officer", "43-3051"),
        Some.English("Office Clerks, General", "43-9061", TitleSource.OccupationTitle),
        Some.English("Office Clerk", "43-9061"),
        Some.English("Filing Clerk", "43-9061"),
        Some.English("General Clerk", "43-9061"),
        Some.English("Office Assistant", "43-9061"),
        Some.English("Butchers and Meat Cutters", "51-3021", TitleSource.OccupationTitle),
        Some.English("Butcher", "51-3021"),
        Some.English("Meat Butcher", "51-3021"),
        Some.English("Helpers--Production Workers", "51-9198", TitleSource.OccupationTitle),
        Some.English("Production Helper", "51-9198"),
        Some.English("Meat Packing Helper", "51-9198"),
        Some.English("Factory Helper", "51-9198"),
    ]);
}
