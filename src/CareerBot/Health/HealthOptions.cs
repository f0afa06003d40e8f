using System.ComponentModel.DataAnnotations;

namespace CareerBot.Health;

/// <summary>The "Health" section: the local HTTP endpoint (off unless <see cref="Url"/> is set) and the periodic log line.</summary>
internal sealed class HealthOptions : IValidatableObject
{
    public const string SectionName = "Health";

    /// <summary>
    /// HttpListener prefix such as "http://127.0.0.1:8080/" (GET {Url}healthz); empty turns the endpoint off. In a
    /// container use "http://+:8080/" and publish the port to the host's loopback only.
    /// </summary>
    public string Url { get; set; } = "";

    /// <summary>How often a one-line health summary is logged.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LogInterval { get; set; } = TimeSpan.FromMinutes(5);

    public bool EndpointEnabled => !string.IsNullOrWhiteSpace(Url);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!EndpointEnabled)
        {
            yield break;
        }

        // HttpListener's "+" and "*" wildcards are not valid URI hosts, so check the shape with a stand-in host.
        var probe = Url.Replace("://+", "://wildcard", StringComparison.Ordinal).Replace("://*", "://wildcard", StringComparison.Ordinal);
        if (!Uri.TryCreate(probe, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp || !Url.EndsWith('/'))
        {
            yield return new ValidationResult("Health:Url must be an http:// prefix ending in '/', e.g. http://127.0.0.1:8080/ (empty = off).", [nameof(Url)]);
        }
    }
}
