using CareerBot.Core.Occupations.Matching;
using CareerBot.Storage.LiteDb.Occupations.Vocabulary;

namespace CareerBot.Storage.LiteDb.Tests.Occupations.Matching;

/// <summary>The real seed vocabulary and a matcher built from all of it, shared by the tests of a class.</summary>
public sealed class RealMatcherFixture
{
    public RealMatcherFixture()
    {
        Vocabulary = TitleVocabularyReader.Read(SeedFiles.Folder);
        Matcher = new TitleMatcher(Vocabulary);
    }

    public IReadOnlyList<TitleVocabularyEntry> Vocabulary { get; }

    public TitleMatcher Matcher { get; }
}
