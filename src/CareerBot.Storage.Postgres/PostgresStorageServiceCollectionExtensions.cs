using System.Data.Common;
using CareerBot.Core.Communities;
using CareerBot.Core.Conversations;
using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;
using CareerBot.Storage.Postgres.Conversations;
using CareerBot.Storage.Postgres.Discussions;
using CareerBot.Storage.Postgres.Health;
using CareerBot.Storage.Postgres.Retention;
using CareerBot.Storage.Postgres.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CareerBot.Storage.Postgres;

/// <summary>Registers the PostgreSQL stores (conversations, outbox, handled events, platform state, leases, discussion channels).</summary>
public static class PostgresStorageServiceCollectionExtensions
{
    /// <summary>
    /// The stores on the database named by <c>ConnectionStrings:CareerBot</c>, through one <see cref="NpgsqlDataSource"/>.
    /// Call it before anything that registers a hosted service using the stores: its schema migration is registered as a
    /// hosted service here, first, and the host starts hosted services in registration order.
    /// </summary>
    public static IServiceCollection AddPostgresStorage(this IServiceCollection services)
    {
        services.AddOptions<PostgresOptions>()
            .Configure<IConfiguration>((options, configuration) => options.ConnectionString = configuration[PostgresOptions.ConnectionStringKey])
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<RetentionOptions>()
            .BindConfiguration(RetentionOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new ProcessIdentity());
        services.AddSingleton(sp => DataSource(sp.GetRequiredService<IOptions<PostgresOptions>>().Value, sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton<StoreDatabase>();
        services.AddHostedService<SchemaMigrationService>();

        services.AddSingleton<IConversationStore, PostgresConversationStore>();
        services.AddSingleton<ICommunityInterviewStore, PostgresCommunityInterviewStore>();
        services.AddSingleton<IPlatformStateStore, PostgresPlatformStateStore>();
        services.AddSingleton<ILeaseStore, PostgresLeaseStore>();
        services.AddSingleton<IDiscussionStore, PostgresDiscussionStore>();
        services.AddSingleton<IdleConversationSweeper>();
        services.AddSingleton<HandledMarkerPruner>();
        services.AddHostedService<RetentionService>();
        services.AddPostgresHealthCheck();
        return services;
    }

    /// <summary>
    /// The process's one data source. Unless the connection string says otherwise, the store's few statements are
    /// prepared on each connection (Max Auto Prepare): a turn's save is planned once instead of every time, which halved
    /// its latency in the turns benchmark. A pooler in transaction mode needs prepared-statement support for that, or
    /// <c>Max Auto Prepare=0</c> in the connection string.
    /// </summary>
    internal static NpgsqlDataSource DataSource(PostgresOptions options, ILoggerFactory loggerFactory)
    {
        var builder = new NpgsqlDataSourceBuilder(options.ConnectionString);
        // The keys as written (Npgsql's own builder knows every keyword, set or not).
        var written = new DbConnectionStringBuilder { ConnectionString = options.ConnectionString }.Keys.Cast<string>();
        if (!written.Any(key => string.Equals(key.Replace(" ", "", StringComparison.Ordinal), "MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = 32;
        }

        return builder.UseLoggerFactory(loggerFactory).Build();
    }
}
