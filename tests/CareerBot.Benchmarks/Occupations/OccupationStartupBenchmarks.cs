using BenchmarkDotNet.Attributes;
using CareerBot.Storage.LiteDb;
using CareerBot.Storage.LiteDb.Occupations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerBot.Benchmarks.Occupations;

/// <summary>
/// First import of the real seeds into an empty database, and start-up to ready (host built and started, hash checked,
/// store loaded into memory) against an already seeded database. Targets: import ≤ 5 s, start-up ≤ 1.5 s.
/// </summary>
[Config(typeof(OccupationStartupConfig))]
[MemoryDiagnoser]
public class OccupationStartupBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "careerbot-bench-" + Guid.NewGuid().ToString("N"));
    private string _freshDatabase = "";

    private string SeededDatabase => Path.Combine(_folder, "seeded.db");

    [GlobalSetup]
    public async Task SeedAsync()
    {
        using var host = BuildHost(SeededDatabase);
        await host.Services.GetRequiredService<OccupationData>().EnsureReadyAsync(CancellationToken.None);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [IterationSetup(Target = nameof(FirstImport))]
    public void NewDatabase() => _freshDatabase = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db");

    [Benchmark]
    public async Task<int> FirstImport()
    {
        using var host = BuildHost(_freshDatabase);
        var data = host.Services.GetRequiredService<OccupationData>();
        await data.EnsureReadyAsync(CancellationToken.None);
        return data.Occupations.Count;
    }

    [Benchmark]
    public async Task<int> StartupWithSeededDatabase()
    {
        using var host = BuildHost(SeededDatabase);
        await host.StartAsync(CancellationToken.None);
        var count = host.Services.GetRequiredService<OccupationData>().Occupations.Count;
        await host.StopAsync(CancellationToken.None);
        return count;
    }

    // Composed as Program.cs composes the host, quiet so the log does not land in the measurements.
    private static IHost BuildHost(string databasePath)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = databasePath,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddLiteDbStorage();
        return builder.Build();
    }
}
