using CareerBot.Dialogue;
using CareerBot.Discussions;
using CareerBot.Storage.LiteDb;
using CareerBot.Storage.LiteDb.Backup;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerBot.Tests.Storage;

/// <summary>Every configured path follows one rule: relative to the binary's folder (the content root), absolute kept.</summary>
public sealed class ContentRootPathsTests
{
    [Fact]
    public void Build_RelativePaths_AreResolvedFromTheBinarysFolder()
    {
        using var sut = CareerBotHost.Build(
            ["--Storage:DatabasePath=db/bot.db", "--Storage:SeedsPath=seeds", "--Storage:Backup:Directory=db/backups", "--Pictures:Directory=pics"]);

        var root = AppContext.BaseDirectory;
        Assert.Equal(Path.Combine(root, "db", "bot.db"), Value<StorageOptions>(sut).DatabasePath);
        Assert.Equal(Path.Combine(root, "seeds"), Value<StorageOptions>(sut).SeedsPath);
        Assert.Equal(Path.Combine(root, "db", "backups"), Value<BackupOptions>(sut).Directory);
        Assert.Equal(Path.Combine(root, "prompts"), Value<PromptsOptions>(sut).Path);
        Assert.Equal(Path.Combine(root, "pics"), Value<PicturesOptions>(sut).Directory);
    }

    [Fact]
    public void Build_AbsoluteAndEmptyPaths_AreKept()
    {
        var database = Path.Combine(Path.GetTempPath(), "elsewhere", "bot.db");

        using var sut = CareerBotHost.Build([$"--Storage:DatabasePath={database}"]);

        Assert.Equal(database, Value<StorageOptions>(sut).DatabasePath);
        Assert.Equal(string.Empty, Value<BackupOptions>(sut).Directory);
        Assert.Equal(string.Empty, Value<PicturesOptions>(sut).Directory);
    }

    private static T Value<T>(Microsoft.Extensions.Hosting.IHost host)
        where T : class => host.Services.GetRequiredService<IOptions<T>>().Value;
}
