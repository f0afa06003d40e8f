namespace CareerBot.Storage.LiteDb.Tests.Occupations.Matching;

/// <summary>Finds the repository's real <c>seeds/</c> folder and this folder's evaluation sets from the test output folder.</summary>
internal static class SeedFiles
{
    public static string Folder { get; } = Find("seeds", "onet_29_3_occupation_data.csv");

    public static string EvaluationFolder { get; } =
        Find(Path.Combine("tests", "CareerBot.Storage.LiteDb.Tests", "Occupations", "Matching", "Evaluation"), "everyday_en.tsv");

    private static string Find(string relative, string file)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, relative);
            if (File.Exists(Path.Combine(candidate, file)))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No {relative} with {file} above {AppContext.BaseDirectory}.");
    }
}
