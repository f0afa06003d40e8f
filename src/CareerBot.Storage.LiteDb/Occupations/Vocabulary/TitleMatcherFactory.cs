using CareerBot.Core.Occupations.Matching;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.LiteDb.Occupations.Vocabulary;

/// <summary>Builds the title matcher from the seed vocabulary (once, when first resolved).</summary>
internal static class TitleMatcherFactory
{
    public static TitleMatcher Create(IOptions<StorageOptions> options) =>
        new(TitleVocabularyReader.Read(SeedsFolder(options.Value)));

    // Relative seed paths resolve against the app's folder, where the host copies seeds/**.
    public static string SeedsFolder(StorageOptions options) => Path.Combine(AppContext.BaseDirectory, options.SeedsPath);
}
