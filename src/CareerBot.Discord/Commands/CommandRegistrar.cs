using CareerBot.Core.Messaging;
using CareerBot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Commands;

/// <summary>
/// Registers the slash commands by bulk overwrite, only when their definition hash changed since the last success, and
/// only on shard 0: commands belong to the application, not to a shard, so with one process per shard the others
/// leave it to shard 0 instead of all writing the same definitions at start.
/// </summary>
internal sealed class CommandRegistrar(
    DiscordRestClient rest,
    IServiceScopeFactory scopes,
    IOptions<DiscordOptions> options,
    ILogger<CommandRegistrar> logger)
{
    public async Task EnsureAsync(string applicationId, CancellationToken cancellationToken)
    {
        if (options.Value.ShardId != 0)
        {
            Log.CommandsLeftToShardZero(logger, options.Value.ShardId);
            return;
        }

        var guildId = string.IsNullOrWhiteSpace(options.Value.DevGuildId) ? null : options.Value.DevGuildId.Trim();
        var stateKey = $"discord:commands:{applicationId}:{guildId ?? "global"}";
        var hash = SlashCommands.Hash();
        await using var scope = scopes.CreateAsyncScope();
        var state = scope.ServiceProvider.GetRequiredService<IPlatformStateStore>();
        if (await state.GetAsync(stateKey, cancellationToken) == hash)
        {
            Log.CommandsUnchanged(logger);
            return;
        }

        var result = await rest.OverwriteCommandsAsync(applicationId, guildId, guildId is null ? SlashCommands.All : SlashCommands.ForGuild, cancellationToken);
        if (!result.IsSuccess)
        {
            return; // logged by the REST client; tried again at the next READY
        }

        await state.SetAsync(stateKey, hash, cancellationToken);
        Log.CommandsRegistered(logger, SlashCommands.All.Count, guildId ?? "global");
    }
}
