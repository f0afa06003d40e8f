using System.Text.Json.Nodes;
using CareerBot.Multipart;

namespace CareerBot.Telegram.Tests.Support;

/// <summary>One request the bot made to the fake Bot API.</summary>
internal sealed record ApiCall(string Method, JsonObject Body, DateTimeOffset At)
{
    public string? Text => Body["text"]?.GetValue<string>();

    public long ChatId => Body["chat_id"]!.GetValue<long>();

    public string? Caption => Body["caption"]?.GetValue<string>();

    /// <summary>The files of a multipart upload (sendPhoto), with their field names; none for a JSON request.</summary>
    public IReadOnlyList<FormPart> Files { get; init; } = [];

    /// <summary>The request's media type: application/json, or multipart/form-data for an upload.</summary>
    public string? ContentType { get; init; }
}
