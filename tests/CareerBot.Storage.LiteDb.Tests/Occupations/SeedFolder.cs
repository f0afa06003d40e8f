using System.Text;

namespace CareerBot.Storage.LiteDb.Tests.Occupations;

/// <summary>A temporary seeds folder holding small, hand-written versions of every file the occupation import reads.</summary>
internal sealed class SeedFolder : IDisposable
{
    public SeedFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "careerbot-seeds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        foreach (var (name, content) in SomeSeeds.Files)
        {
            Write(name, content);
        }
    }

    public string Path { get; }

    public void Write(string name, string content) =>
        File.WriteAllText(System.IO.Path.Combine(Path, name), content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    public void Delete(string name) => File.Delete(System.IO.Path.Combine(Path, name));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
