using System.ComponentModel.DataAnnotations;
using Npgsql;

namespace CareerBot.Storage.Postgres;

/// <summary>The PostgreSQL connection: <c>ConnectionStrings:CareerBot</c>, an Npgsql connection string. Never logged.</summary>
internal sealed class PostgresOptions : IValidatableObject
{
    /// <summary>The configuration key of the connection string (<c>ConnectionStrings__CareerBot</c> in the environment).</summary>
    public const string ConnectionStringKey = "ConnectionStrings:CareerBot";

    [Required(ErrorMessage = "ConnectionStrings:CareerBot is required when Storage:Provider is Postgres (an Npgsql connection string, e.g. Host=db;Database=careerbot;Username=careerbot;Password=…).")]
    public string? ConnectionString { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield break;
        }

        string? problem = null;
        try
        {
            var parsed = new NpgsqlConnectionStringBuilder(ConnectionString);
            if (string.IsNullOrWhiteSpace(parsed.Host))
            {
                problem = "ConnectionStrings:CareerBot names no Host.";
            }
        }
        catch (ArgumentException ex)
        {
            // The parser's message names the bad keyword, never the value.
            problem = $"ConnectionStrings:CareerBot is not an Npgsql connection string: {ex.Message}";
        }

        if (problem is not null)
        {
            yield return new ValidationResult(problem, [nameof(ConnectionString)]);
        }
    }

    /// <summary>Where the store lives, for logs: host and database only (never the user or password).</summary>
    public string Describe()
    {
        var parsed = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"{parsed.Host}/{parsed.Database ?? parsed.Username ?? "?"}";
    }
}
