namespace CareerBot.Telegram.Tests.Support;

/// <summary>A scripted Bot API response.</summary>
internal sealed record ApiReply(int Status, string Json)
{
    public static ApiReply Ok(string resultJson) => new(200, $"{{\"ok\":true,\"result\":{resultJson}}}");

    public static ApiReply Error(int code, string description, string? parameters = null) =>
        new(code, $"{{\"ok\":false,\"error_code\":{code},\"description\":\"{description}\"{(parameters is null ? "" : ",\"parameters\":" + parameters)}}}");

    public static ApiReply Raw(int status, string json) => new(status, json);
}
