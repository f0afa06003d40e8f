using System.Globalization;
using System.Net.Http.Headers;

namespace CareerBot.Discord.Rest;

/// <summary>The X-RateLimit-* headers of a response.</summary>
internal sealed record RateLimitHeaders(string? Bucket, int? Remaining, TimeSpan? ResetAfter, bool Global, string? Scope)
{
    public static RateLimitHeaders From(HttpResponseHeaders headers) => new(
        Text(headers, "X-RateLimit-Bucket"),
        int.TryParse(Text(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining) ? remaining : null,
        double.TryParse(Text(headers, "X-RateLimit-Reset-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var after) ? TimeSpan.FromSeconds(after) : null,
        string.Equals(Text(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
        Text(headers, "X-RateLimit-Scope"));

    private static string? Text(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
