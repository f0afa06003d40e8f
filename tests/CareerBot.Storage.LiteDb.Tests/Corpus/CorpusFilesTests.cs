using CareerBot.Corpus;

namespace CareerBot.Storage.LiteDb.Tests.Corpus;

/// <summary>The corpus files themselves: readable, big enough, every file described in the README, ids unique.</summary>
public sealed class CorpusFilesTests
{
    [Fact]
    public void Corpus_AllFiles_ReadableUniqueAndListedInTheReadme()
    {
        var text = BadInputCorpus.TextCases();
        var raw = BadInputCorpus.RawCases("telegram").Concat(BadInputCorpus.RawCases("discord")).ToList();
        var readme = File.ReadAllText(Path.Combine(BadInputCorpus.Folder, "README.md"));
        var files = Directory.GetFiles(BadInputCorpus.Folder, "*.*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(BadInputCorpus.Folder, f).Replace('\\', '/'))
            .Where(f => f.Contains('/', StringComparison.Ordinal));

        Assert.True(text.Count + raw.Count >= 200, $"{text.Count + raw.Count} cases");
        Assert.Equal(text.Count + raw.Count, text.Select(c => c.Id).Concat(raw.Select(c => c.Id)).Distinct(StringComparer.Ordinal).Count());
        Assert.All(files, file => Assert.Contains($"| {file} |", readme, StringComparison.Ordinal));
        Assert.Contains(text, c => c.Text?.Length >= BadInputCorpus.HugeLength);
        Assert.Contains(raw, c => c.Raw.Length >= BadInputCorpus.HugeLength);
    }
}
