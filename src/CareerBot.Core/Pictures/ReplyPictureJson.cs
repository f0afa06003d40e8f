using System.Text.Json;

namespace CareerBot.Core.Pictures;

/// <summary>A <see cref="ReplyPicture"/> as the JSON text stores keep with a reply, with its kind; an unreadable one reads as null.</summary>
public static class ReplyPictureJson
{
    /// <summary>The property that names a stored picture's kind ("risk-card", "pulse-chart").</summary>
    public const string Kind = "kind";

    public static string Write(ReplyPicture picture) =>
        JsonSerializer.Serialize(picture, ReplyPictureJsonContext.Default.ReplyPicture);

    /// <summary>The stored picture, or null when there is none or it cannot be read (the reply then goes as text alone).</summary>
    public static ReplyPicture? Read(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            // Risk cards were stored without a kind before pulse charts existed: such a reply still gets its card.
            return document.RootElement.TryGetProperty(Kind, out _)
                ? document.RootElement.Deserialize(ReplyPictureJsonContext.Default.ReplyPicture)
                : document.RootElement.Deserialize(ReplyPictureJsonContext.Default.RiskCardPicture);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return null;
        }
    }
}
