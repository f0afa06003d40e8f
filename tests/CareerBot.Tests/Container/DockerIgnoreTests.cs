namespace CareerBot.Tests.Container;

/// <summary>
/// The build context <c>docker build</c> sends: never people's conversations, build outputs or npm packages, and never
/// without a file the Dockerfile's publish step needs. There is no Docker engine in CI, so the patterns are checked here,
/// by Docker's rules (<see cref="DockerIgnore"/>).
/// </summary>
public sealed class DockerIgnoreTests
{
    private readonly DockerIgnore _sut = DockerIgnore.Load(Path.Combine(RepositoryRoot.Path, ".dockerignore"));

    [Theory]
    [InlineData("data/careerbot.db")]
    [InlineData("data/careerbot-log.db")]
    [InlineData("data/backups/careerbot-backup-20261128-120000000.db")]
    [InlineData("data/pictures/risk-card-27-3043.png")]
    [InlineData("careerbot.db")]
    [InlineData("src/CareerBot/bin/Debug/net10.0/data/careerbot.db")]
    [InlineData("src/CareerBot/careerbot-titles.idx")]
    [InlineData("somewhere/else/people.db")]
    [InlineData("src/CareerBot/bin/Release/net10.0/CareerBot.dll")]
    [InlineData("src/CareerBot.Core/obj/project.assets.json")]
    [InlineData("src/CareerBot.Core/obj.rid/x.json")]
    [InlineData("tests/node_modules/express/package.json")]
    [InlineData("node_modules/express/package.json")]
    [InlineData("tests/CareerBot.Tests/ConsoleChat/Golden/en-nurse.txt")]
    [InlineData("artifacts/publish/CareerBot.dll")]
    [InlineData(".git/HEAD")]
    [InlineData("src/CareerBot/TestResults/run.trx")]
    [InlineData("src/CareerBot/secrets.json")]
    [InlineData(".env")]
    public void IsExcluded_PeoplesDataBuildOutputsAndPackages_AreNotSent(string path)
    {
        var excluded = _sut.IsExcluded(path);

        Assert.True(excluded, path);
    }

    [Fact]
    public void IsExcluded_EveryFileThePublishStepReads_IsSent()
    {
        var root = RepositoryRoot.Path;
        string[] rootFiles = ["Directory.Build.props", "Directory.Packages.props", "BannedSymbols.txt", "appsettings.json"];
        string[] folders = ["src", "seeds", "prompts"];
        var sources = folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories))
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Where(file => !file.Split('/').Any(part => part is "bin" or "obj" || part.StartsWith("obj.", StringComparison.Ordinal)))
            .ToList();

        var excluded = rootFiles.Concat(sources).Where(_sut.IsExcluded).ToList();

        Assert.Contains("src/CareerBot/CareerBot.csproj", sources);
        Assert.Contains(sources, file => file.StartsWith("seeds/", StringComparison.Ordinal));
        Assert.Empty(excluded);
    }

    [Fact]
    public void Dockerfile_CopiesTheWholeContextAndPublishesTheHost()
    {
        var dockerfile = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "Dockerfile"));

        // If the Dockerfile starts to copy single files or publish something else, the test above must name them.
        Assert.Equal(["COPY . ."], dockerfile.Where(line => line.StartsWith("COPY ", StringComparison.Ordinal) && !line.Contains("--from", StringComparison.Ordinal)));
        Assert.Contains(dockerfile, line => line.StartsWith("RUN dotnet publish src/CareerBot ", StringComparison.Ordinal));
    }
}
