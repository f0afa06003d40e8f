using CareerBot.Storage.Postgres.Schema;
using Npgsql;

namespace CareerBot.Storage.Contract.Tests.Postgres;

/// <summary>The schema migrations: versioned SQL files, applied once however many processes start at once.</summary>
public sealed class PostgresMigrationTests : IAsyncLifetime
{
    private string _connectionString = null!;

    public async Task InitializeAsync() => _connectionString = await PostgresServer.CreateDatabaseAsync();

    public Task DisposeAsync() => PostgresServer.DropDatabaseAsync(_connectionString);

    [Fact]
    public void EmbeddedMigrations_NumberedFromOneWithoutGaps()
    {
        var sut = EmbeddedMigrations.All;

        Assert.Equal(Enumerable.Range(1, sut.Count), sut.Select(m => m.Version));
        Assert.Equal("initial", sut[0].Name);
        Assert.Contains("CREATE TABLE conversations", sut[0].Sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnsureReadyAsync_FourProcessesAtOnceOnAFreshDatabase_SchemaAppliedOnceAndAllReady()
    {
        var fixture = await FixtureAsync();
        var dataSources = Enumerable.Range(0, 4).Select(_ => NpgsqlDataSource.Create(_connectionString)).ToList();
        var migrators = dataSources.Select(fixture.CreateMigrator).ToList();
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var starts = migrators.Select(m => Task.Run(async () =>
        {
            await go.Task;
            await m.EnsureReadyAsync(CancellationToken.None);
        })).ToArray();
        go.SetResult();
        await Task.WhenAll(starts);

        Assert.All(migrators, m => Assert.True(m.IsReady));
        Assert.Equal(EmbeddedMigrations.All.Select(m => m.Version), await VersionsAsync());
        Assert.Equal(8, await ScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
        foreach (var (migrator, dataSource) in migrators.Zip(dataSources))
        {
            migrator.Dispose();
            await dataSource.DisposeAsync();
        }
    }

    [Fact]
    public async Task ApplyAsync_AlreadyMigrated_AppliesNothing()
    {
        var fixture = await FixtureAsync();
        await using var dataSource = NpgsqlDataSource.Create(_connectionString);
        using var sut = fixture.CreateMigrator(dataSource);
        await sut.ApplyAsync(EmbeddedMigrations.All, CancellationToken.None);

        var applied = await sut.ApplyAsync(EmbeddedMigrations.All, CancellationToken.None);

        Assert.Equal(0, applied);
        Assert.Equal(EmbeddedMigrations.All.Select(m => m.Version), await VersionsAsync());
    }

    [Fact]
    public async Task ApplyAsync_NewMigrationShipped_AppliesOnlyIt()
    {
        var fixture = await FixtureAsync();
        await using var dataSource = NpgsqlDataSource.Create(_connectionString);
        using var sut = fixture.CreateMigrator(dataSource);
        await sut.ApplyAsync(EmbeddedMigrations.All, CancellationToken.None);
        var next = new SchemaMigration(EmbeddedMigrations.All.Count + 1, "extra", "CREATE TABLE extra (x integer); INSERT INTO extra VALUES (1);");

        var applied = await sut.ApplyAsync([.. EmbeddedMigrations.All, next], CancellationToken.None);

        Assert.Equal(1, applied);
        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM extra"));
    }

    [Fact]
    public async Task ApplyAsync_FailingMigration_LeavesNoTraceAndThrows()
    {
        var fixture = await FixtureAsync();
        await using var dataSource = NpgsqlDataSource.Create(_connectionString);
        using var sut = fixture.CreateMigrator(dataSource);
        await sut.ApplyAsync(EmbeddedMigrations.All, CancellationToken.None);
        var broken = new SchemaMigration(EmbeddedMigrations.All.Count + 1, "broken", "CREATE TABLE half (x integer); SELECT no_such_function();");

        await Assert.ThrowsAsync<PostgresException>(() => sut.ApplyAsync([.. EmbeddedMigrations.All, broken], CancellationToken.None));

        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE tablename = 'half'"));
        Assert.Equal(EmbeddedMigrations.All.Select(m => m.Version), await VersionsAsync());
    }

    // The fixture's helpers on this class's own, still empty, database.
    private Task<PostgresDatabase> FixtureAsync() => Task.FromResult(PostgresDatabase.Existing(_connectionString));

    private async Task<int[]> VersionsAsync()
    {
        await using var dataSource = NpgsqlDataSource.Create(_connectionString);
        await using var command = dataSource.CreateCommand("SELECT version FROM schema_migrations ORDER BY version");
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<int>();
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetInt32(0));
        }

        return [.. versions];
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(_connectionString);
        await using var command = dataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
