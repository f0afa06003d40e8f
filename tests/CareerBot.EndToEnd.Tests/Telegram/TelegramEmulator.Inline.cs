using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CareerBot.EndToEnd.Tests.Telegram;

/// <summary>Inline mode and the bot's descriptions, which telegram-test-api lacks and the harness adds.</summary>
internal sealed partial class TelegramEmulator
{
    /// <summary>Someone types "@bot <paramref name="query"/>" in a chat; returns the inline query's id.</summary>
    public async Task<string> InlineQueryAsync(long userId, string query, string? language = "en", string firstName = "User")
    {
        var reply = await PostAsync("/harness/inline-query", new { token = Token, userId, query, languageCode = language, firstName });
        return reply["queryId"]!.GetValue<string>();
    }

    /// <summary>They post result <paramref name="resultId"/> of that query (Telegram sends this with inline feedback on).</summary>
    public Task ChooseInlineResultAsync(long userId, string queryId, string resultId, string query) =>
        PostAsync("/harness/chosen-inline-result", new { token = Token, userId, queryId, resultId, query });

    /// <summary>Waits (real time) for the bot's answerInlineQuery to that query: results, cache_time, is_personal, button; null if none came.</summary>
    public async Task<JsonNode?> WaitForInlineAnswerAsync(string queryId, TimeSpan? timeout = null)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < (timeout ?? TimeSpan.FromSeconds(30)))
        {
            using var response = await _http.GetAsync(new Uri($"/harness/inline-answer?queryId={queryId}", UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                response.EnsureSuccessStatusCode();
                return await response.Content.ReadFromJsonAsync<JsonNode>();
            }

            await Task.Delay(50);
        }

        return null;
    }
}
