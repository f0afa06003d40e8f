using System.Net;
using System.Text.Json;
using CareerBot.Health;
using CareerBot.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Tests.Http;

/// <summary>GET /healthz on ASP.NET Core answers the same JSON as the HttpListener endpoint did.</summary>
public sealed class HealthEndpointTests : IAsyncLifetime
{
    private HealthStatus _storage = HealthStatus.Healthy;
    private WebApplication _sut = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _sut = CreateSut();
        await _sut.StartAsync();
        _http = _sut.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _sut.StopAsync();
        await _sut.DisposeAsync();
    }

    [Fact]
    public async Task Get_OneCheckDegraded_200WithJsonPerCheck()
    {
        using var response = await _http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["status", "durationMs", "checks"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Degraded", json.RootElement.GetProperty("status").GetString());
        var litedb = json.RootElement.GetProperty("checks").GetProperty("litedb");
        Assert.Equal(["status", "description", "durationMs"], litedb.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Healthy", litedb.GetProperty("status").GetString());
        var telegram = json.RootElement.GetProperty("checks").GetProperty("telegram");
        Assert.Equal("Degraded", telegram.GetProperty("status").GetString());
        Assert.Equal("getUpdates late", telegram.GetProperty("description").GetString());
        Assert.Equal(12, telegram.GetProperty("data").GetProperty("lastPollAgeSeconds").GetInt32());
    }

    [Fact]
    public async Task Get_StorageUnhealthy_503WithTheReason()
    {
        _storage = HealthStatus.Unhealthy;

        using var response = await _http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("not writable (probe)", json.RootElement.GetProperty("checks").GetProperty("litedb").GetProperty("description").GetString());
    }

    [Fact]
    public async Task Head_Healthy_200WithoutBody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/healthz");

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/healthz/../secret")]
    [InlineData("/nested/healthz")]
    public async Task Get_OtherPath_404(string path)
    {
        using var response = await _http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_WebhookWithoutTelegram_404()
    {
        using var response = await _http.PostAsync("/telegram/webhook", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private WebApplication CreateSut()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddHealth();
        builder.Services.AddHealthChecks()
            .AddCheck("litedb", () => _storage == HealthStatus.Healthy ? HealthCheckResult.Healthy("writable") : HealthCheckResult.Unhealthy("not writable (probe)"))
            .AddCheck("telegram", () => HealthCheckResult.Degraded("getUpdates late", data: new Dictionary<string, object> { ["lastPollAgeSeconds"] = 12L }));
        var app = builder.Build();
        app.MapBotEndpoints();
        return app;
    }
}
