namespace CareerBot.Tests.Verbs;

public sealed class RiskVerbLoadFailureTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "careerbot-risk-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task RunAsync_SeedsMissing_ExitsOneWithOneLineOnStderrAndNothingOnStdout()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "empty-seeds"));
        using var host = VerbHost.Build(new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = Path.Combine(_folder, "careerbot.db"),
            ["Storage:SeedsPath"] = Path.Combine(_folder, "empty-seeds"),
        });
        await using var output = new StringWriter();
        await using var error = new StringWriter();

        var exitCode = await host.RiskVerb().RunAsync(["27-3043"], TextReader.Null, output, error, CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Empty(output.ToString());
        Assert.StartsWith("risk: could not load the occupation data:", error.ToString(), StringComparison.Ordinal);
        Assert.Single(error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }
}
