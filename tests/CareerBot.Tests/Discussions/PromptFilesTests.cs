using CareerBot.Core.Discussions;
using CareerBot.Core.Texts;
using CareerBot.Discussions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CareerBot.Tests.Discussions;

public sealed class PromptFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("careerbot-prompts-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_TheShippedPrompts_AtLeastSixteenCoveringEveryThemeInBothLanguages()
    {
        var catalog = PromptFiles.Load("prompts");

        Assert.True(catalog.All.Count >= 16, $"only {catalog.All.Count} prompts");
        Assert.Equal(PromptThemes.All.Order(StringComparer.Ordinal), catalog.All.Select(p => p.Theme).Distinct().Order(StringComparer.Ordinal));
        Assert.All(catalog.All, p => Assert.All(Enum.GetValues<Language>(), l => Assert.False(string.IsNullOrWhiteSpace(p.Text(l)))));
        Assert.All(catalog.All, p => Assert.Equal(p.Id + ".md", Path.GetFileName(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "prompts"), p.Id + ".md").Single())));
    }

    [Fact]
    public async Task StartAsync_MalformedPromptFiles_StopsTheHostNamingEveryProblem()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "one.md"), "---\nid: same\ntheme: retraining\n---\n## en\nA\n## nl\nB\n");
        await File.WriteAllTextAsync(Path.Combine(_folder, "two.md"), "---\nid: same\ntheme: retraining\n---\n## en\nA\n## nl\nB\n");
        await File.WriteAllTextAsync(Path.Combine(_folder, "three.md"), "---\nid: three\ntheme: retraining\n---\n## en\nOnly English\n");
        using var host = CareerBotHost.Build([$"--Prompts:Path={_folder}", $"--Storage:DatabasePath={Path.Combine(_folder, "db.db")}"]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("two.md: id 'same' is already used by one.md", error.Message, StringComparison.Ordinal);
        Assert.Contains("three.md: the 'nl' translation is missing or empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_PromptsFolderMissing_StopsTheHostWithTheSetting()
    {
        using var host = CareerBotHost.Build([$"--Prompts:Path={Path.Combine(_folder, "nope")}", $"--Storage:DatabasePath={Path.Combine(_folder, "db.db")}"]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("does not exist (Prompts:Path)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_UnknownDefaultTimeZone_StopsTheHost()
    {
        using var host = CareerBotHost.Build(["--Prompts:DefaultTimeZone=Mars/Base", $"--Storage:DatabasePath={Path.Combine(_folder, "db.db")}"]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("'Mars/Base' is not a known IANA time zone", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Services_TheSchedulerIsAHostedService()
    {
        using var host = CareerBotHost.Build([$"--Storage:DatabasePath={Path.Combine(_folder, "db.db")}"]);

        Assert.Contains(host.Services.GetServices<IHostedService>(), s => s is WeeklyPromptScheduler);
    }
}
