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
        services.AddSingleton(sp => new NpgsqlDataSourceBuilder(sp.GetRequiredService<IOptions<PostgresOptions>>().Value.ConnectionString)
            .UseLoggerFactory(sp.GetRequiredService<ILoggerFactory>())
            .Build());
        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton<StoreDatabase>();
        services.AddHostedService<SchemaMigrationService>();

        services.AddSingleton<IConversationStore, PostgresConversationStore>();
        services.AddSingleton<IPlatformStateStore, PostgresPlatformStateStore>();
        services.AddSingleton<ILeaseStore, PostgresLeaseStore>();
        services.AddSingleton<IDiscussionStore, PostgresDiscussionStore>();
        services.AddSingleton<IdleConversationSweeper>();
        services.AddSingleton<HandledMarkerPruner>();
        services.AddHostedService<RetentionService>();
        services.AddPostgresHealthCheck();
        return services;
    }
}
