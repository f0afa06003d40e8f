using System.Text.Json;

namespace CareerBot.Core.Stories;

/// <summary>Reads and validates <c>stories.json</c>; any problem becomes one <see cref="InvalidDataException"/> listing them all.</summary>
public static class StorySeedReader
{
    public static StorySeed Read(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);

        StorySeedDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(stream, StorySeedJsonContext.Default.StorySeedDocument);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, position {ex.BytePositionInLine + 1} ({ex.Path})" : string.Empty;
            throw new InvalidDataException($"{sourceName} is not valid story JSON{where}: {ex.Message}", ex);
        }
        catch (ArgumentException ex)
        {
            // Invalid UTF-8 inside a string value surfaces as an ArgumentException from the transcoder.
            throw new InvalidDataException($"{sourceName} is not valid UTF-8 JSON: {ex.Message}", ex);
        }

        if (document is null)
        {
            throw new InvalidDataException($"{sourceName} holds no stories (the document is null).");
        }

        var errors = new List<string>();
        var seed = StorySeedValidator.Map(document, errors);
        if (errors.Count > 0)
        {
            var list = string.Join(Environment.NewLine, errors.Select(e => "- " + e));
            throw new InvalidDataException($"{sourceName} has {errors.Count} problem(s):{Environment.NewLine}{list}");
        }

        return seed;
    }

    /// <summary>Reads a seed file; a relative path is resolved against <see cref="AppContext.BaseDirectory"/>.</summary>
    public static StorySeed Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException($"Story seed not found at {fullPath} (is seeds/stories.json copied to the output folder?)", fullPath);
        }

        using var stream = File.OpenRead(fullPath);
        return Read(stream, path);
    }
}
