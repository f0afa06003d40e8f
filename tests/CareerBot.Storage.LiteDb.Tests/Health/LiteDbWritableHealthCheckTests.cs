using CareerBot.Storage.LiteDb.Health;
using CareerBot.Storage.LiteDb.Tests.Conversations;
using LiteDB;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Storage.LiteDb.Tests.Health;

public sealed class LiteDbWritableHealthCheckTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task CheckHealthAsync_WritableFile_HealthyAndLeavesNoProbe()
    {
        var sut = new LiteDbWritableHealthCheck(_db.Database, _db.WriteGate, _db.Time);

        var result = await sut.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal(0, _db.Database.GetCollection("health_probe").Count());
    }

    [Fact]
    public async Task CheckHealthAsync_ReadOnlyFile_Unhealthy()
    {
        _db.Database.GetCollection("seed").Insert(new BsonDocument { ["x"] = 1 });
        _db.Database.Checkpoint();
        using var readOnly = new LiteDatabase(new ConnectionString { Filename = _db.Path + ".ro.db", Connection = ConnectionType.Direct });
        readOnly.GetCollection("seed").Insert(new BsonDocument { ["x"] = 1 });
        readOnly.Dispose();
        using var database = new LiteDatabase(new ConnectionString { Filename = _db.Path + ".ro.db", Connection = ConnectionType.Direct, ReadOnly = true });
        var sut = new LiteDbWritableHealthCheck(database, _db.WriteGate, _db.Time);

        var result = await sut.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.StartsWith("not writable", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckHealthAsync_DatabaseClosed_Unhealthy()
    {
        var closed = TestDatabase.Open(Path.Combine(_db.Folder, "closed.db"));
        closed.Dispose();
        var sut = new LiteDbWritableHealthCheck(closed, _db.WriteGate, _db.Time);

        var result = await sut.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }
}
