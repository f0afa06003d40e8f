using System.Text.Json.Nodes;

namespace CareerBot.EndToEnd.Tests.Telegram;

/// <summary>What the emulator read from a sendPhoto upload: file name, byte length, whether it is a PNG, and its size in pixels.</summary>
internal sealed record SentPhoto(string? FileName, int Bytes, bool IsPng, int Width, int Height)
{
    public static SentPhoto From(JsonNode upload) => new(
        upload["fileName"]?.GetValue<string>(),
        upload["size"]!.GetValue<int>(),
        upload["png"]!.GetValue<bool>(),
        upload["width"]!.GetValue<int>(),
        upload["height"]!.GetValue<int>());
}
