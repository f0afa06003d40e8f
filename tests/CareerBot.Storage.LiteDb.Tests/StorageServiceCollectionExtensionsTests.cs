using JsonSerializer = System.Text.Json.JsonSerializer;
using CareerBot.Core.Occupations;
using CareerBot.Storage.LiteDb.Occupations;
using CareerBot.Storage.LiteDb.Tests.Occupations;
using LiteDB;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Storage.LiteDb.Tests;

public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private static readonly DateTimeOffset FirstStart = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);
    private readonly SeedFolder _seeds = new();
    private readonly FakeTimeProvider _time = new(FirstStart);

    public void Dispose() => _seeds.Dispose();

    [Fact]
    public async Task AddLiteDbStorage_HostStarted_CatalogIsReadyAndIsTheOccupationData()
    {
        using var sut = CreateSut();

        await sut.StartAsync(CancellationToken.None);

        var catalog = sut.Services.GetRequiredService<IOccupationCatalog>();
        Assert.Same(sut.Services.GetRequiredService<OccupationData>(), catalog);
        Assert.Equal(0.038, catalog.Find("27-3043")?.AutomationProbability);
        await sut.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AddLiteDbStorage_RestartWithSeededDatabaseFile_DoesNotReimport()
    {
        using (var first = CreateSut())
        {
            await first.StartAsync(CancellationToken.None);
            await first.StopAsync(CancellationToken.None);
        }

        _time.Advance(TimeSpan.FromDays(1));
        using var sut = CreateSut();

        await sut.StartAsync(CancellationToken.None);

        var database = sut.Services.GetRequiredService<ILiteDatabase>();
        Assert.Equal(FirstStart, OccupationCollections.SeedImports(database).FindById(OccupationCollections.ImportId).ImportedAt);
        Assert.Equal(5, sut.Services.GetRequiredService<OccupationData>().Occupations.Count);
        await sut.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AddOccupationCatalog_HostStarted_SameCatalogAsTheImportAndNoDatabaseFile()
    {
        using var imported = CreateSut();
        await imported.StartAsync(CancellationToken.None);
        using var sut = CreateSut(services => services.AddOccupationCatalog(), "memory");

        await sut.StartAsync(CancellationToken.None);

        var catalog = sut.Services.GetRequiredService<IOccupationCatalog>();
        Assert.Same(sut.Services.GetRequiredService<OccupationData>(), catalog);
        var expected = imported.Services.GetRequiredService<OccupationData>();
        Assert.Equal(JsonSerializer.Serialize(expected.Occupations), JsonSerializer.Serialize(((OccupationData)catalog).Occupations));
        Assert.Equal(JsonSerializer.Serialize(expected.IloExposures), JsonSerializer.Serialize(((OccupationData)catalog).IloExposures));
        Assert.Null(sut.Services.GetService<ILiteDatabase>());
        Assert.False(Directory.Exists(Path.Combine(_seeds.Path, "memory")));
        await sut.StopAsync(CancellationToken.None);
        await imported.StopAsync(CancellationToken.None);
    }

    private IHost CreateSut(Action<IServiceCollection>? register = null, string databaseFolder = "db")
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = Path.Combine(_seeds.Path, databaseFolder, "careerbot.db"),
            ["Storage:SeedsPath"] = _seeds.Path,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddSingleton<TimeProvider>(_time);
        (register ?? (services => services.AddLiteDbStorage()))(builder.Services);
        return builder.Build();
    }
}
