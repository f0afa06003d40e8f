using CareerBot.Core.Occupations.Matching;
using CareerBot.Storage.LiteDb.Occupations.Vocabulary;
using Microsoft.Extensions.Logging;

namespace CareerBot.Storage.LiteDb.Tests.Occupations.Vocabulary;

public sealed class TitleMatcherFactoryTests : IDisposable
{
    private const int Loaded = 104;
    private const int Built = 105;
    private const int Stale = 106;
    private const int Damaged = 107;
    private const int NotSaved = 108;

    private static readonly string[] Queries =
        ["copywriter", "copy editor", "schrijver", "eindredacteur", "I write books", "gym manager", "MP", "scribbler", "krant", "hello"];

    private readonly SeedFolder _seeds = SomeVocabularySeeds.Folder();
    private readonly string _data = Path.Combine(Path.GetTempPath(), "careerbot-titles-" + Guid.NewGuid().ToString("N"));

    private string IndexPath => Path.Combine(_data, "careerbot-titles.idx");

    public void Dispose()
    {
        _seeds.Dispose();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [Fact]
    public void Create_NoIndexFile_BuildsTheMatcherAndSavesTheIndexBesideTheDatabase()
    {
        var log = new CapturingLogger();

        var sut = CreateSut(log);

        Assert.Equal("27-3043", sut.Match("copywriter", 1)[0].Soc);
        Assert.True(File.Exists(IndexPath));
        Assert.Equal([Built], log.EventIds);
    }

    [Fact]
    public void Create_SameSeedsAgain_LoadsTheSavedIndexWithTheSameMatches()
    {
        var built = CreateSut(new CapturingLogger());
        var log = new CapturingLogger();

        var sut = CreateSut(log);

        Assert.Equal([Loaded], log.EventIds);
        Assert.All(Queries, query => Assert.Equal(built.Match(query, 3), sut.Match(query, 3)));
    }

    [Fact]
    public void Create_SeedFileChanged_RebuildsAndReplacesTheIndex()
    {
        CreateSut(new CapturingLogger());
        _seeds.Write(TitleVocabularyFiles.EverydayTitles, SomeVocabularySeeds.EverydayTitles + "\nwordsmith,en,27-3043,worker,added later");
        var log = new CapturingLogger();

        var sut = CreateSut(log);

        Assert.Equal([Stale, Built], log.EventIds);
        Assert.Equal("27-3043", sut.Match("wordsmith", 1)[0].Soc);
        var next = new CapturingLogger();
        CreateSut(next);
        Assert.Equal([Loaded], next.EventIds);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("byte changed")]
    [InlineData("not an index")]
    [InlineData("empty")]
    public void Create_DamagedIndexFile_RebuildsItWithAWarning(string damage)
    {
        var built = CreateSut(new CapturingLogger());
        Damage(damage);
        var log = new CapturingLogger();

        var sut = CreateSut(log);

        Assert.Equal([Damaged, Built], log.EventIds);
        Assert.Equal(LogLevel.Warning, log.Entries[0].Level);
        Assert.All(Queries, query => Assert.Equal(built.Match(query, 3), sut.Match(query, 3)));
        var next = new CapturingLogger();
        CreateSut(next);
        Assert.Equal([Loaded], next.EventIds);
    }

    [Fact]
    public void Create_IndexCannotBeSaved_WarnsAndStillMatches()
    {
        // A folder where the file belongs: the write fails as on a read-only volume, even for root.
        Directory.CreateDirectory(IndexPath);
        var log = new CapturingLogger();

        var sut = CreateSut(log);

        Assert.Equal([NotSaved, Built], log.EventIds);
        Assert.Equal(LogLevel.Warning, log.Entries[0].Level);
        Assert.Equal("27-3043", sut.Match("copywriter", 1)[0].Soc);
        Assert.Empty(Directory.GetFiles(_data, "*.tmp"));
    }

    private void Damage(string damage)
    {
        var bytes = File.ReadAllBytes(IndexPath);
        switch (damage)
        {
            case "truncated":
                File.WriteAllBytes(IndexPath, bytes[..(bytes.Length / 2)]);
                break;
            case "byte changed":
                // Past the header, in the index itself: only the checksum tells.
                bytes[^10] ^= 0x01;
                File.WriteAllBytes(IndexPath, bytes);
                break;
            case "not an index":
                File.WriteAllText(IndexPath, "O*NET-SOC Code,Title\n");
                break;
            default:
                File.WriteAllBytes(IndexPath, []);
                break;
        }
    }

    private TitleMatcher CreateSut(ILogger logger) =>
        TitleMatcherFactory.Create(
            new StorageOptions { DatabasePath = Path.Combine(_data, "careerbot.db"), SeedsPath = _seeds.Path },
            TimeProvider.System,
            logger);
}
