using System.Text;
using CareerBot.Core.Messaging;

namespace CareerBot.Storage.Postgres.Conversations;

/// <summary>Adapters' small durable key/value state, shared by every process. Values are kept as UTF-8 bytes: any string round-trips.</summary>
internal sealed class PostgresPlatformStateStore(StoreDatabase database) : IPlatformStateStore
{
    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var command = await database.CommandAsync("SELECT value FROM platform_state WHERE key = $1", cancellationToken);
        command.Parameters.Add(Parameter.Text(StoreKey.For(key)));
        return await command.ExecuteScalarAsync(cancellationToken) is byte[] value ? Encoding.UTF8.GetString(value) : null;
    }

    public async Task SetAsync(string key, string? value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var command = await database.CommandAsync(
            value is null
                ? "DELETE FROM platform_state WHERE key = $1"
                : "INSERT INTO platform_state (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            cancellationToken);
        command.Parameters.Add(Parameter.Text(StoreKey.For(key)));
        if (value is not null)
        {
            command.Parameters.Add(Parameter.Bytes(Encoding.UTF8.GetBytes(value)));
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
