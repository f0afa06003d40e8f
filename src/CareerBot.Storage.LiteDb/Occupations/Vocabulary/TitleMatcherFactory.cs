using CareerBot.Core.Occupations.Matching;
using Microsoft.Extensions.Logging;

namespace CareerBot.Storage.LiteDb.Occupations.Vocabulary;

/// <summary>
/// Makes the title matcher (once, when first resolved): loaded from the index file beside the database when it was built
/// from the same seed files and code, otherwise built from the seed vocabulary and saved there for the next start.
/// </summary>
internal static class TitleMatcherFactory
{
    public static TitleMatcher Create(StorageOptions options, TimeProvider timeProvider, ILogger logger)
    {
        var started = timeProvider.GetTimestamp();
        var seeds = SeedsFolder(options);
        var key = TitleIndexKey.Compute(seeds);
        var file = new TitleIndexFile(TitleIndexFile.Beside(options.DatabasePath), logger);
        if (file.TryLoad(key) is { } loaded)
        {
            var loadedIn = (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
            Log.TitleIndexLoaded(logger, file.FilePath, loadedIn);
            return loaded;
        }

        var built = new TitleMatcher(TitleVocabularyReader.Read(seeds));
        var builtIn = (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
        var saved = file.TrySave(built, key);
        Log.TitleIndexBuilt(logger, builtIn, saved ? file.FilePath : "(not saved)");
        return built;
    }

    // Relative seed paths resolve against the app's folder, where the host copies seeds/**.
    public static string SeedsFolder(StorageOptions options) => Path.Combine(AppContext.BaseDirectory, options.SeedsPath);
}
