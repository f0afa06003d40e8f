using Npgsql;

namespace CareerBot.EndToEnd.Tests.Cluster;

/// <summary>
/// A fresh database on the throwaway PostgreSQL server test.sh starts (its connection string in CAREERBOT_TEST_POSTGRES),
/// dropped afterwards. Without the server the soak fails with a clear message: it is never skipped.
/// </summary>
internal sealed class ClusterDatabase : IAsyncDisposable
{
    public const string ServerVariable = "CAREERBOT_TEST_POSTGRES";
    private readonly string _server;
    private readonly string _name;

    private ClusterDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<ClusterDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{ServerVariable} is not set: run the tests with ./test.sh (it starts a throwaway PostgreSQL), or start one with tests/postgres/cluster.sh.");
        }

        var name = "cluster_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return new ClusterDatabase(server, name);
    }

    /// <summary>Runs one scalar query against the soak's database (for the report: rows left in the outbox, leases).</summary>
    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
