using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Health;

/// <summary>The endpoint's body: overall status, then each check with its status, description, duration and data.</summary>
internal static class HealthReportJson
{
    /// <summary>The response writer of GET /healthz (the status code is set by the health check middleware).</summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = Write(report);
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    public static byte[] Write(HealthReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("status", report.Status.ToString());
            json.WriteNumber("durationMs", Math.Round(report.TotalDuration.TotalMilliseconds, 1));
            json.WriteStartObject("checks");
            foreach (var (name, entry) in report.Entries)
            {
                json.WriteStartObject(name);
                json.WriteString("status", entry.Status.ToString());
                json.WriteString("description", entry.Description);
                json.WriteNumber("durationMs", Math.Round(entry.Duration.TotalMilliseconds, 1));
                if (entry.Data.Count > 0)
                {
                    json.WritePropertyName("data");
                    JsonSerializer.Serialize(json, entry.Data);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The one-line form for the log: "litedb=Healthy telegram=Degraded (getUpdates late)".</summary>
    public static string Summary(HealthReport report) =>
        string.Join(' ', report.Entries.Select(e => e.Value.Status == HealthStatus.Healthy
            ? $"{e.Key}={e.Value.Status}"
            : $"{e.Key}={e.Value.Status} ({e.Value.Description})"));
}
