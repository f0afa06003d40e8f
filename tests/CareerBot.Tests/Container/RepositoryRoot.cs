namespace CareerBot.Tests.Container;

/// <summary>The clone's root folder (the one holding CareerBot.sln), found upwards from the test binary.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "CareerBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No CareerBot.sln above {AppContext.BaseDirectory}");
    }
}
