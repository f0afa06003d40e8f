using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using CareerBot.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Xunit.Abstractions;

namespace CareerBot.Tests.Health;

public sealed class HealthEndpointTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly string url = $"http://127.0.0.1:{FreePort()}/";
    private HealthStatus storage = HealthStatus.Healthy;
    private ServiceProvider services = null!;
    private HealthEndpoint sut = null!;

    public async Task InitializeAsync()
    {
        services = CreateServices(url);
        sut = services.GetServices<IHostedService>().OfType<HealthEndpoint>().Single();
        await sut.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await sut.StopAsync(CancellationToken.None);
        await services.DisposeAsync();
    }

    public void Dispose() => http.Dispose();

    [Fact]
    public async Task Get_OneCheckDegraded_200WithJsonPerCheck()
    {
        using var response = await GetAsync("healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Degraded", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("litedb").GetProperty("status").GetString());
        var telegram = json.RootElement.GetProperty("checks").GetProperty("telegram");
        Assert.Equal("Degraded", telegram.GetProperty("status").GetString());
        Assert.Equal(12, telegram.GetProperty("data").GetProperty("lastPollAgeSeconds").GetInt32());
    }

    [Fact]
    public async Task Get_StorageUnhealthy_503WithTheReason()
    {
        storage = HealthStatus.Unhealthy;

        using var response = await GetAsync("healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("not writable (probe)", json.RootElement.GetProperty("checks").GetProperty("litedb").GetProperty("description").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("metrics")]
    [InlineData("healthz/../secret")]
    [InlineData("nested/healthz")]
    public async Task Get_OtherPath_404(string path)
    {
        using var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_ManyRequests_AnsweredQuickly()
    {
        (await GetAsync("healthz")).Dispose(); // warm-up
        var watch = Stopwatch.StartNew();

        for (var i = 0; i < 50; i++)
        {
            using var response = await GetAsync("healthz");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var perRequest = watch.Elapsed.TotalMilliseconds / 50;
        output.WriteLine($"GET /healthz over loopback: {perRequest:F2} ms per request (50 sequential)");
        Assert.True(perRequest < 500, $"{perRequest} ms");
    }

    [Fact]
    public async Task StartAsync_NoUrl_ListensNowhere()
    {
        await using var off = CreateServices("");
        var endpoint = off.GetServices<IHostedService>().OfType<HealthEndpoint>().Single();

        await endpoint.StartAsync(CancellationToken.None);
        var listening = endpoint.IsListening;
        await endpoint.StopAsync(CancellationToken.None);

        Assert.False(listening);
        Assert.True(sut.IsListening);
    }

    [Fact]
    public async Task Get_WildcardPrefixAsInTheContainer_AnswersOnLoopback()
    {
        var port = FreePort();
        await using var wildcard = CreateServices($"http://+:{port}/");
        var endpoint = wildcard.GetServices<IHostedService>().OfType<HealthEndpoint>().Single();
        await endpoint.StartAsync(CancellationToken.None);

        using var response = await http.GetAsync($"http://127.0.0.1:{port}/healthz");
        await endpoint.StopAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(url + path);

    private ServiceProvider CreateServices(string healthUrl)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Health:Url"] = healthUrl })
            .Build());
        collection.AddLogging();
        collection.AddHealth();
        collection.AddHealthChecks()
            .AddCheck("litedb", () => storage == HealthStatus.Healthy ? HealthCheckResult.Healthy("writable") : HealthCheckResult.Unhealthy("not writable (probe)"))
            .AddCheck("telegram", () => HealthCheckResult.Degraded("getUpdates late", data: new Dictionary<string, object> { ["lastPollAgeSeconds"] = 12L }));
        return collection.BuildServiceProvider();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
