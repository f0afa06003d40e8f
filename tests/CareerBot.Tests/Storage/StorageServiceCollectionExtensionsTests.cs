using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerBot.Tests.Storage;

/// <summary>Storage:Provider as the host composes it (no database is contacted: nothing here starts the host).</summary>
public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("careerbot-provider-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(null, "LiteDb")]
    [InlineData("", "LiteDb")]
    [InlineData("LiteDb", "LiteDb")]
    [InlineData("postgres", "Postgres")]
    [InlineData(" Postgres ", "Postgres")]
    public void ProviderOf_Setting_ChoosesTheStore(string? setting, string expected)
    {
        var configuration = Configuration(setting);

        var provider = StorageServiceCollectionExtensions.ProviderOf(configuration);

        Assert.Equal(expected, provider.ToString());
    }

    [Theory]
    [InlineData("Mongo")]
    [InlineData("2")]
    public void ProviderOf_UnknownProvider_FailsNamingTheChoices(string setting)
    {
        var configuration = Configuration(setting);

        var failure = Assert.Throws<InvalidOperationException>(() => StorageServiceCollectionExtensions.ProviderOf(configuration));

        Assert.Contains("Storage:Provider", failure.Message, StringComparison.Ordinal);
        Assert.Contains("LiteDb", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Postgres", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Postgres_SchemaMigrationIsTheFirstHostedServiceAndTheStoresArePostgres()
    {
        using var sut = CareerBotHost.Build(["--Storage:Provider=Postgres", "--ConnectionStrings:CareerBot=Host=/nowhere;Database=careerbot", $"--Storage:DatabasePath={Path.Combine(_folder, "careerbot.db")}"]);

        var hosted = sut.Services.GetServices<IHostedService>().Select(s => s.GetType().Name).ToList();

        Assert.Equal("SchemaMigrationService", hosted[0]);
        Assert.Contains("RetentionService", hosted);
        Assert.DoesNotContain("DatabaseBackupService", hosted);
        Assert.StartsWith("Postgres", sut.Services.GetRequiredService<IConversationStore>().GetType().Name, StringComparison.Ordinal);
        Assert.True(sut.Services.GetRequiredService<ILeaseStore>().SpansProcesses);
        Assert.False(File.Exists(Path.Combine(_folder, "careerbot.db")));
    }

    [Fact]
    public async Task BuildBot_Postgres_SchemaMigrationStartsBeforeTheServerAndTheAdapters()
    {
        await using var sut = CareerBotHost.BuildBot(["--Storage:Provider=Postgres", "--ConnectionStrings:CareerBot=Host=/nowhere;Database=careerbot", $"--Storage:DatabasePath={Path.Combine(_folder, "careerbot.db")}"]);

        var hosted = sut.Services.GetServices<IHostedService>().Select(s => s.GetType().Name).ToList();

        Assert.Equal("SchemaMigrationService", hosted[0]);
    }

    [Fact]
    public void Build_Default_LiteDbStores()
    {
        using var sut = CareerBotHost.Build([$"--Storage:DatabasePath={Path.Combine(_folder, "careerbot.db")}"]);

        Assert.StartsWith("LiteDb", sut.Services.GetRequiredService<IConversationStore>().GetType().Name, StringComparison.Ordinal);
        Assert.False(sut.Services.GetRequiredService<ILeaseStore>().SpansProcesses);
    }

    private static IConfiguration Configuration(string? provider) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [StorageServiceCollectionExtensions.ProviderKey] = provider }).Build();
}
