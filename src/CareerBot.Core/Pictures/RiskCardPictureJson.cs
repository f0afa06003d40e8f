using System.Text.Json;

namespace CareerBot.Core.Pictures;

/// <summary>A <see cref="RiskCardPicture"/> as the JSON text stores keep with a reply; an unreadable one reads as null.</summary>
public static class RiskCardPictureJson
{
    public static string Write(RiskCardPicture picture) =>
        JsonSerializer.Serialize(picture, RiskCardPictureJsonContext.Default.RiskCardPicture);

    /// <summary>The stored picture, or null when there is none or it cannot be read (the reply then goes as text alone).</summary>
    public static RiskCardPicture? Read(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, RiskCardPictureJsonContext.Default.RiskCardPicture);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
