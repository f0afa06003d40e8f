using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Health;

/// <summary>The endpoint's body: overall status, then each check with its status, description, duration and data.</summary>
internal static class HealthReportJson
{
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
