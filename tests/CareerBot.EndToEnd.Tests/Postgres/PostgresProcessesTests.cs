using System.Diagnostics;
using CareerBot.Storage.Contract.Tests.Postgres;
using Npgsql;

namespace CareerBot.EndToEnd.Tests.Postgres;

/// <summary>
/// The real host, several processes at once on one PostgreSQL database and one working directory: they all come up
/// (one migrates, the others wait on its lock), each imports the occupation catalogue for itself, they share the title
/// index cache file, and they answer turns side by side.
/// </summary>
public sealed class PostgresProcessesTests : IAsyncLifetime
{
    private const string Password = "never-logged-7f3a";
    private readonly string _workingDirectory = Directory.CreateTempSubdirectory("careerbot-pg-e2e-").FullName;
    private string _connectionString = null!;

    public async Task InitializeAsync() => _connectionString = await PostgresServer.CreateDatabaseAsync();

    public async Task DisposeAsync()
    {
        await PostgresServer.DropDatabaseAsync(_connectionString);
        Directory.Delete(_workingDirectory, recursive: true);
    }

    [Fact]
    public async Task Host_TwoProcessesStartAtOnceOnAFreshDatabase_BothComeUpAndTheSchemaIsAppliedOnce()
    {
        var environment = Environment();

        await using var first = BotProcess.Start(_workingDirectory, environment);
        await using var second = BotProcess.Start(_workingDirectory, environment);
        await Task.WhenAll(first.WaitForExitAsync(TimeSpan.FromSeconds(90)), second.WaitForExitAsync(TimeSpan.FromSeconds(90)));

        foreach (var bot in new[] { first, second })
        {
            Assert.True(bot.ExitCode == 0, bot.Output);
            Assert.Contains("ready: schema version 2", bot.Output, StringComparison.Ordinal);
            Assert.Contains("Occupation data read from", bot.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(" fail: ", bot.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(Password, bot.Output, StringComparison.Ordinal);
        }

        Assert.Equal(2, await CountAsync("SELECT count(*) FROM schema_migrations")); // 0001_initial, 0002_community_pulse
        Assert.True(File.Exists(Path.Combine(_workingDirectory, "data", "careerbot-titles.idx")));
        Assert.False(File.Exists(Path.Combine(_workingDirectory, "data", "careerbot.db")));
    }

    [Fact]
    public async Task Chat_TwoProcessesAtOnce_EachAnswersItsPersonFromTheSharedStore()
    {
        var runs = await Task.WhenAll(
            ChatAsync("person-a", "Hello\nI'm a nurse\n"),
            ChatAsync("person-b", "Hallo\nik werk als hovenier\n"));

        foreach (var (exitCode, output) in runs)
        {
            Assert.True(exitCode == 0, output);
            Assert.Contains("[1]", output, StringComparison.Ordinal);
        }

        Assert.Equal(2, await CountAsync("SELECT count(*) FROM conversations WHERE platform = 'Console'"));
        Assert.Equal(4, await CountAsync("SELECT count(*) FROM handled_events"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM outbox"));
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["Storage__Provider"] = "Postgres",
        ["ConnectionStrings__CareerBot"] = new NpgsqlConnectionStringBuilder(_connectionString) { Password = Password }.ConnectionString,
        ["Logging__LogLevel__Default"] = "Information",

        // With PostgreSQL the path only places the title index cache, which the processes share; relative paths are taken
        // from the binary's folder, so an absolute one keeps this test's cache in its own folder.
        ["Storage__DatabasePath"] = Path.Combine(_workingDirectory, "data", "careerbot.db"),
    };

    private async Task<(int ExitCode, string Output)> ChatAsync(string user, string lines)
    {
        var start = new ProcessStartInfo(System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = _workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "CareerBot.dll"), "chat", "--user", user })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in Environment())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(lines);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(_connectionString);
        await using var command = dataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
