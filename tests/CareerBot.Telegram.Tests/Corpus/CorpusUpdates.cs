using System.Globalization;
using System.Text;
using CareerBot.Corpus;

namespace CareerBot.Telegram.Tests.Corpus;

/// <summary>Turns corpus cases into raw getUpdates items: bad updates with their own id, sentinels, texts and button presses.</summary>
internal static class CorpusUpdates
{
    /// <summary>The case with its placeholder <c>"update_id":0</c> set to <paramref name="updateId"/> (cases without one stay as they are).</summary>
    public static string WithId(RawCase badCase, int updateId)
    {
        const string Placeholder = "\"update_id\":0";
        var at = badCase.Raw.IndexOf(Placeholder, StringComparison.Ordinal);
        return at < 0 ? badCase.Raw : string.Concat(badCase.Raw.AsSpan(0, at), "\"update_id\":", updateId.ToString(CultureInfo.InvariantCulture), badCase.Raw.AsSpan(at + Placeholder.Length));
    }

    public static string PrivateText(int updateId, long chatId, string text) =>
        $$$"""{"update_id":{{{updateId}}},"message":{"message_id":{{{updateId}}},"from":{"id":{{{chatId}}},"is_bot":false,"first_name":"A","language_code":"en"},"chat":{"id":{{{chatId}}},"type":"private","first_name":"A"},"date":1764300000,"text":{{{Quote(text)}}}}}""";

    public static string ButtonPress(int updateId, long chatId, string payload)
    {
        var keyboard = """{"inline_keyboard":[[{"text":"Stay","callback_data":"goal:stay"}]]}""";
        var message = $$"""{"message_id":20,"chat":{"id":{{chatId}},"type":"private","first_name":"A"},"date":1764300000,"text":"Question?","reply_markup":{{keyboard}}}""";
        return $$"""{"update_id":{{updateId}},"callback_query":{"id":"q{{updateId}}","from":{"id":{{chatId}},"is_bot":false,"first_name":"A"},"chat_instance":"-1","data":{{Quote(payload)}},"message":""" + message + "}}";
    }

    /// <summary>A JSON string literal with every non-ASCII UTF-16 unit escaped, so lone surrogates reach the parser as Telegram would send them.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is >= ' ' and <= '~' and not '"' and not '\\')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
        }

        return builder.Append('"').ToString();
    }
}
