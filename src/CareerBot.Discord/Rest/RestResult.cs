namespace CareerBot.Discord.Rest;

/// <summary>The value of a REST call, or the error Discord gave (expected outcomes are values, not exceptions).</summary>
internal sealed record RestResult<T>(T? Value, DiscordApiError? Error)
{
    public bool IsSuccess => Error is null;

    public static RestResult<T> Success(T? value) => new(value, null);

    public static RestResult<T> Failure(DiscordApiError error) => new(default, error);
}
