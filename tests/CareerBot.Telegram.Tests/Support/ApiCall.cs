using System.Text.Json.Nodes;

namespace CareerBot.Telegram.Tests.Support;

/// <summary>One request the bot made to the fake Bot API.</summary>
internal sealed record ApiCall(string Method, JsonObject Body, DateTimeOffset At)
{
    public string? Text => Body["text"]?.GetValue<string>();

    public long ChatId => Body["chat_id"]!.GetValue<long>();
}
