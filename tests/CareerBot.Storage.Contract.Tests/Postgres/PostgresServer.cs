using Npgsql;

namespace CareerBot.Storage.Contract.Tests.Postgres;

/// <summary>
/// The PostgreSQL server the tests run against, named by <c>CAREERBOT_TEST_POSTGRES</c> (test.sh starts a throwaway
/// cluster and sets it). Without it the tests fail, saying so: PostgreSQL tests are never skipped silently.
/// Each caller gets a database of its own, created with a random name and dropped after, so test classes run in parallel.
/// </summary>
internal static class PostgresServer
{
    public const string Variable = "CAREERBOT_TEST_POSTGRES";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL tests have no server. Run ./test.sh (it starts a throwaway cluster), "
                + $"or start one with `tests/postgres/cluster.sh start` and export {Variable}=<the connection string it prints>.");

    /// <summary>Creates an empty database and returns the connection string for it.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var name = "careerbot_test_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteAsync($"CREATE DATABASE {name}");
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
