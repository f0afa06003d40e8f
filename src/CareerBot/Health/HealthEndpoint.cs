using System.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Health;

/// <summary>
/// GET {Health:Url}healthz answers the health report as JSON: 200 when healthy or degraded, 503 when unhealthy.
/// Anything else is 404. Requests are answered one at a time; it is meant for a local probe, not the internet.
/// </summary>
internal sealed class HealthEndpoint(HealthCheckService health, IOptions<HealthOptions> options, ILogger<HealthEndpoint> logger) : BackgroundService
{
    private HttpListener? listener;

    /// <summary>True while requests are accepted.</summary>
    internal bool IsListening => listener?.IsListening == true;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Bound here, not in ExecuteAsync (which runs on the thread pool), so the endpoint answers once the host has started.
        var url = options.Value.Url;
        if (options.Value.EndpointEnabled)
        {
            var candidate = new HttpListener();
            candidate.Prefixes.Add(url);
            try
            {
                candidate.Start();
                listener = candidate;
                Log.HealthEndpointListening(logger, url);
            }
            catch (HttpListenerException ex)
            {
                // A busy port must not stop the bot: it runs on without the endpoint.
                candidate.Close();
                Log.HealthEndpointFailed(logger, url, ex);
            }
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (listener is not { } active)
        {
            return;
        }

        await using var stop = stoppingToken.Register(active.Stop);
        while (!stoppingToken.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await active.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException && stoppingToken.IsCancellationRequested)
            {
                return;
            }

            try
            {
                await AnswerAsync(context, stoppingToken);
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or OperationCanceledException && !stoppingToken.IsCancellationRequested)
            {
                Log.HealthRequestFailed(logger, ex);
            }
        }
    }

    public override void Dispose()
    {
        listener?.Close();
        base.Dispose();
    }

    private async Task AnswerAsync(HttpListenerContext context, CancellationToken cancellationToken)
    {
        using var response = context.Response;
        if (context.Request.HttpMethod is not ("GET" or "HEAD") || context.Request.Url?.AbsolutePath.TrimEnd('/') != HealthPath(options.Value.Url))
        {
            response.StatusCode = (int)HttpStatusCode.NotFound;
            return;
        }

        var report = await health.CheckHealthAsync(cancellationToken);
        var body = HealthReportJson.Write(report);
        response.StatusCode = report.Status == HealthStatus.Unhealthy ? (int)HttpStatusCode.ServiceUnavailable : (int)HttpStatusCode.OK;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers["Cache-Control"] = "no-store";
        response.ContentLength64 = body.Length;
        if (context.Request.HttpMethod == "GET")
        {
            await response.OutputStream.WriteAsync(body, cancellationToken);
        }
    }

    /// <summary>"http://+:8080/ops/" → "/ops/healthz": the prefix's own path, then healthz.</summary>
    private static string HealthPath(string url)
    {
        var start = url.IndexOf('/', url.IndexOf("://", StringComparison.Ordinal) + 3);
        return url[start..] + "healthz";
    }
}
