namespace CareerBot.EndToEnd.Tests.Telegram;

/// <summary>Finds the repository and the built host from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string TestsFolder => Path.Combine(Root, "tests");

    /// <summary>The host built with the same configuration as these tests (the test project references it).</summary>
    public static string HostDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                ? "Release"
                : "Debug";
            var path = Path.Combine(Root, "src", "CareerBot", "bin", configuration, "net10.0", "CareerBot.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build src/CareerBot first (dotnet build).", path);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CareerBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CareerBot.sln not found above " + AppContext.BaseDirectory);
    }
}
