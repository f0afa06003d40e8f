using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Storage.Postgres;
using CareerBot.Storage.Postgres.Health;
using CareerBot.Storage.Postgres.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.Contract.Tests.Postgres;

/// <summary><c>AddPostgresStorage</c> as the host uses it: configuration, start-up order, health, a database that is not there.</summary>
public sealed class PostgresStorageRegistrationTests : IAsyncLifetime
{
    private string _connectionString = null!;

    public async Task InitializeAsync() => _connectionString = await PostgresServer.CreateDatabaseAsync();

    public Task DisposeAsync() => PostgresServer.DropDatabaseAsync(_connectionString);

    [Fact]
    public async Task StartAsync_FreshDatabase_SchemaReadyBeforeLaterHostedServicesStart()
    {
        var seen = new SchemaSeenAtStart();
        using var sut = CreateSut(_connectionString, services => services.AddHostedService(sp => seen.Bind(sp.GetRequiredService<SchemaMigrator>())));

        await sut.StartAsync(CancellationToken.None);

        Assert.True(seen.WasReady);
        var store = sut.Services.GetRequiredService<IConversationStore>();
        Assert.Equal(TurnSaveResult.Saved, await store.SaveTurnAsync(new StoredTurn(Platform.Telegram, "1", null, []), CancellationToken.None));
        await sut.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ConversationStore_HostNotStarted_MigratesOnFirstUse()
    {
        using var sut = CreateSut(_connectionString);
        var store = sut.Services.GetRequiredService<IConversationStore>();

        var start = await store.LoadTurnAsync(new ConversationKey(Platform.Console, "local"), "m1", CancellationToken.None);

        Assert.False(start.AlreadyHandled);
        Assert.True(sut.Services.GetRequiredService<SchemaMigrator>().IsReady);
    }

    [Fact]
    public async Task StartAsync_NoConnectionString_FailsNamingTheSetting()
    {
        using var sut = CreateSut(connectionString: null);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => sut.StartAsync(CancellationToken.None));

        Assert.Contains("ConnectionStrings:CareerBot", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_NotAConnectionString_FailsWithoutQuotingIt()
    {
        using var sut = CreateSut("Host=db;Password=s3cret;NoSuchKeyword=1");

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => sut.StartAsync(CancellationToken.None));

        Assert.Contains("ConnectionStrings:CareerBot", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthCheck_WritableDatabase_HealthyUnderTheStoreCheckName()
    {
        using var sut = CreateSut(_connectionString);
        var check = ActivatorUtilities.CreateInstance<PostgresWritableHealthCheck>(sut.Services);

        var result = await check.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal("writable", result.Description);
        Assert.Contains(sut.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations, r => r.Name == "litedb");
    }

    [Fact]
    public async Task HealthCheck_DatabaseGone_UnhealthyWithoutDetails()
    {
        var gone = new Npgsql.NpgsqlConnectionStringBuilder(_connectionString) { Database = "careerbot_no_such_database" }.ConnectionString;
        using var sut = CreateSut(gone);
        var check = ActivatorUtilities.CreateInstance<PostgresWritableHealthCheck>(sut.Services);

        var result = await check.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.StartsWith("not writable (", result.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("careerbot_no_such_database", result.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", 32)]
    [InlineData(";Max Auto Prepare=0", 0)]
    [InlineData(";MaxAutoPrepare=5", 5)]
    public async Task DataSource_AutoPrepare_OnUnlessTheConnectionStringSetsIt(string setting, int expected)
    {
        await using var sut = PostgresStorageServiceCollectionExtensions.DataSource(
            new PostgresOptions { ConnectionString = _connectionString + setting }, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);

        Assert.Equal(expected, new Npgsql.NpgsqlConnectionStringBuilder(sut.ConnectionString).MaxAutoPrepare);
    }

    private static IHost CreateSut(string? connectionString, Action<IServiceCollection>? after = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:CareerBot"] = connectionString,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddPostgresStorage();
        builder.Services.AddHealthChecks();
        after?.Invoke(builder.Services);
        return builder.Build();
    }

    /// <summary>A hosted service registered after the store, as the adapters are: records whether the schema was ready when it started.</summary>
    private sealed class SchemaSeenAtStart : IHostedService
    {
        private SchemaMigrator? _migrator;

        public bool WasReady { get; private set; }

        public SchemaSeenAtStart Bind(SchemaMigrator schema)
        {
            _migrator = schema;
            return this;
        }

        public Task StartAsync(CancellationToken cancellationToken)
        {
            WasReady = _migrator?.IsReady == true;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
