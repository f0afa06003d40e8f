using Microsoft.Extensions.Options;

namespace CareerBot.Telegram;

/// <summary>Keeps the bot token out of logs: an exception whose text contains it is replaced by a scrubbed copy.</summary>
internal sealed class TokenRedactor(IOptions<TelegramOptions> options)
{
    public const string Mask = "<bot-token>";

    public Exception Scrub(Exception ex)
    {
        var token = options.Value.BotToken;
        if (string.IsNullOrEmpty(token) || !ex.ToString().Contains(token, StringComparison.Ordinal))
        {
            return ex;
        }

        return new RedactedException($"{ex.GetType().FullName}: {Scrub(ex.ToString())}");
    }

    public string Scrub(string text)
    {
        var token = options.Value.BotToken;
        return string.IsNullOrEmpty(token) ? text : text.Replace(token, Mask, StringComparison.Ordinal);
    }
}
