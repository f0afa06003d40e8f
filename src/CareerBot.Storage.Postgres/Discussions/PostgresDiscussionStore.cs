using System.Text.Json;
using CareerBot.Core.Discussions;
using CareerBot.Storage.Postgres.Conversations;
using Microsoft.Extensions.Logging;

namespace CareerBot.Storage.Postgres.Discussions;

/// <summary>
/// One row per channel: its key, whether it is listed (a schedule or a pending post) and its state as jsonb. The state
/// holds no personal data (schedule, prompt ids, command message ids), so /forget has nothing to remove here.
/// </summary>
internal sealed class PostgresDiscussionStore(StoreDatabase database, ILogger<PostgresDiscussionStore> logger) : IDiscussionStore
{
    private const string Find = "SELECT platform, state::text FROM discussion_channels WHERE platform = $1 AND channel_key = $2";
    private const string Save = """
        INSERT INTO discussion_channels (platform, channel_key, listed, state) VALUES ($1, $2, $3, $4)
        ON CONFLICT (platform, channel_key) DO UPDATE SET listed = excluded.listed, state = excluded.state
        """;

    private const string List = "SELECT platform, state::text FROM discussion_channels WHERE listed";

    public async Task<DiscussionChannel?> FindAsync(ChannelKey key, CancellationToken cancellationToken)
    {
        await using var command = await database.CommandAsync(Find, cancellationToken);
        command.Parameters.Add(Parameter.Text(key.Platform.ToString()));
        command.Parameters.Add(Parameter.Text(StoreKey.For(key.ChannelId)));
        var channels = await ReadAsync(command, cancellationToken);
        return channels.Count == 0 ? null : channels[0];
    }

    public async Task SaveAsync(DiscussionChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var state = JsonSerializer.Serialize(channel, DiscussionJson.Options);
        await using var command = await database.CommandAsync(Save, cancellationToken);
        command.Parameters.Add(Parameter.Text(channel.Key.Platform.ToString()));
        command.Parameters.Add(Parameter.Text(StoreKey.For(channel.Key.ChannelId)));
        command.Parameters.Add(Parameter.Boolean(channel.Slot is not null || channel.Pending is not null));
        command.Parameters.Add(Parameter.Jsonb(state));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DiscussionChannel>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = await database.CommandAsync(List, cancellationToken);
        return await ReadAsync(command, cancellationToken);
    }

    private async Task<List<DiscussionChannel>> ReadAsync(Npgsql.NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var channels = new List<DiscussionChannel>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            try
            {
                if (JsonSerializer.Deserialize<DiscussionChannel>(reader.GetString(1), DiscussionJson.Options) is { } channel)
                {
                    channels.Add(channel);
                }
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException)
            {
                Log.DiscussionChannelUnreadable(logger, reader.GetString(0), ex);
            }
        }

        return channels;
    }
}
