namespace CareerBot.Storage.LiteDb.Tests.Conversations.Crash;

/// <summary>Writes a soak result to artifacts/soak/ at the repository root (found above the test's output folder).</summary>
internal static class ArtifactFile
{
    public static void Write(string name, string text)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CareerBot.sln")))
            {
                var folder = Directory.CreateDirectory(Path.Combine(dir.FullName, "artifacts", "soak"));
                File.WriteAllText(Path.Combine(folder.FullName, name), text);
                return;
            }
        }
    }
}
