using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CareerBot.Storage.Postgres.Schema;

/// <summary>
/// Migrates the schema while the host starts. <c>AddPostgresStorage</c> registers it before every other hosted service of
/// the store, and the host composes storage first, so it runs before the adapters, the outbox recovery and the scheduler
/// begin. (The stores also wait for <see cref="SchemaMigrator"/> themselves, so the command-line verbs, which run without
/// starting the host, work on a fresh database too.) A database that is still starting is waited for a little.
/// </summary>
internal sealed class SchemaMigrationService(SchemaMigrator migrator, IOptions<PostgresOptions> options, TimeProvider time, ILogger<SchemaMigrationService> logger) : IHostedService
{
    internal static readonly TimeSpan[] Retries = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(15)];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await migrator.EnsureReadyAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException ex) when (ex.IsTransient && attempt <= Retries.Length && !cancellationToken.IsCancellationRequested)
            {
                var delay = Retries[attempt - 1];
                Log.SchemaRetry(logger, options.Value.Describe(), attempt, (long)delay.TotalMilliseconds, ex);
                await Task.Delay(delay, time, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.SchemaFailed(logger, options.Value.Describe(), ex);
                throw;
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
