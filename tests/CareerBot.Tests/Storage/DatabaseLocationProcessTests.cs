using System.Reflection;
using System.Text.Json;
using CareerBot.Tests.Verbs;
using Microsoft.Extensions.Configuration.UserSecrets;

namespace CareerBot.Tests.Storage;

/// <summary>
/// The real host process, as an operator starts it: where the database is (logged, the same from any working directory),
/// user secrets in Production, and .NET configuration on the command line of the bare run.
/// </summary>
public sealed class DatabaseLocationProcessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("careerbot-location-").FullName;
    private readonly string _relativeFolder = $"location-test-{Guid.NewGuid():N}";

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        var besideBinary = Path.Combine(AppContext.BaseDirectory, _relativeFolder);
        if (Directory.Exists(besideBinary))
        {
            Directory.Delete(besideBinary, recursive: true);
        }
    }

    [Fact]
    public async Task RelativeDatabasePath_FromTwoWorkingDirectories_OpensTheSameFileBesideTheBinary()
    {
        var here = Directory.CreateDirectory(Path.Combine(_folder, "here")).FullName;
        var there = Directory.CreateDirectory(Path.Combine(_folder, "there")).FullName;
        var relative = Path.Combine(_relativeFolder, "careerbot.db");
        var expected = Path.Combine(AppContext.BaseDirectory, relative);

        var first = await HostProcess.RunAsync(here, "", "risk", "27-3043", "--db", relative);
        var second = await HostProcess.RunAsync(there, "", "risk", "27-3043", $"--Storage:DatabasePath={relative}");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Contains($"Database: {expected} (LiteDB)", first.Error, StringComparison.Ordinal);
        Assert.Contains($"Database: {expected} (LiteDB)", second.Error, StringComparison.Ordinal);
        Assert.Contains("Imported occupation data", first.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Imported occupation data", second.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(expected));
        Assert.Empty(Directory.GetFileSystemEntries(here));
        Assert.Empty(Directory.GetFileSystemEntries(there));
    }

    [Fact]
    public async Task UserSecrets_InProduction_AreReadAndTheEnvironmentAndCommandLineStillWin()
    {
        var home = Directory.CreateDirectory(Path.Combine(_folder, "home")).FullName;
        var fromSecrets = Path.Combine(_folder, "from-secrets.db");
        var fromEnvironment = Path.Combine(_folder, "from-environment.db");
        var fromCommandLine = Path.Combine(_folder, "from-command-line.db");
        await WriteSecretsAsync(home, new Dictionary<string, string> { ["Storage:DatabasePath"] = fromSecrets });
        var production = new Dictionary<string, string?>
        {
            ["HOME"] = home,
            ["APPDATA"] = null,
            ["DOTNET_ENVIRONMENT"] = null,
            ["ASPNETCORE_ENVIRONMENT"] = null,
        };

        var secret = await HostProcess.RunAsync(_folder, production, "", "risk", "27-3043");
        var environment = await HostProcess.RunAsync(
            _folder, new Dictionary<string, string?>(production) { ["Storage__DatabasePath"] = fromEnvironment }, "", "risk", "27-3043");
        var commandLine = await HostProcess.RunAsync(
            _folder, new Dictionary<string, string?>(production) { ["Storage__DatabasePath"] = fromEnvironment }, "", "risk", "27-3043", "--db", fromCommandLine);

        Assert.Equal((0, 0, 0), (secret.ExitCode, environment.ExitCode, commandLine.ExitCode));
        Assert.Contains($"Database: {fromSecrets} (LiteDB)", secret.Error, StringComparison.Ordinal);
        Assert.Contains($"Database: {fromEnvironment} (LiteDB)", environment.Error, StringComparison.Ordinal);
        Assert.Contains($"Database: {fromCommandLine} (LiteDB)", commandLine.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BareRun_ConfigurationOnTheCommandLine_ReachesTheHost()
    {
        var database = Path.Combine(_folder, "bare.db");

        var (exitCode, output, error) = await HostProcess.RunAsync(
            _folder, "", $"--Storage:DatabasePath={database}", "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default", "Information");

        Assert.Equal(0, exitCode);
        Assert.Contains("local chat", output, StringComparison.Ordinal);
        Assert.Contains($"Database: {database} (LiteDB)", error, StringComparison.Ordinal);
        Assert.True(File.Exists(database));
    }

    // Where `dotnet user-secrets set` writes on Linux and macOS: ~/.microsoft/usersecrets/<UserSecretsId>/secrets.json.
    private static async Task WriteSecretsAsync(string home, Dictionary<string, string> secrets)
    {
        var id = typeof(CareerBotHost).Assembly.GetCustomAttribute<UserSecretsIdAttribute>()!.UserSecretsId;
        var folder = Directory.CreateDirectory(Path.Combine(home, ".microsoft", "usersecrets", id)).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "secrets.json"), JsonSerializer.Serialize(secrets));
    }
}
