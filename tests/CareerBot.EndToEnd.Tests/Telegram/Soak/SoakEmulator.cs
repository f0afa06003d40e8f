using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CareerBot.EndToEnd.Tests.Telegram.Soak;

/// <summary>The soak's side of the emulator's control API: long-poll waits, fault rules and counters, the sent log.</summary>
internal sealed class SoakEmulator(TelegramEmulator emulator) : IDisposable
{
    // A thousand people long-poll at once: no connection cap. Idle connections are dropped well before the emulator's
    // 5 s keep-alive timeout, so a request never races the server closing its connection.
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromSeconds(2) })
    {
        BaseAddress = new Uri(emulator.BaseUrl),
        Timeout = TimeSpan.FromMinutes(11),
    };

    public TelegramEmulator Emulator => emulator;

    /// <summary>A user's text message (language "en" unless given).</summary>
    public async Task SendAsync(long userId, string text, string language, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(
            "/harness/user-message",
            new { token = TelegramEmulator.Token, userId, text, chatId = userId, chatType = "private", languageCode = language, actionId = ActionId() },
            cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task PressAsync(long userId, int messageId, string data, string language, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(
            "/harness/press", new { token = TelegramEmulator.Token, userId, messageId, data, languageCode = language, actionId = ActionId() }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Waits (long poll) until the chat holds at least <paramref name="count"/> bot messages or the timeout passes.</summary>
    public async Task<IReadOnlyList<BotMessage>> WaitForMessagesAsync(long chatId, int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var url = $"/harness/wait-messages?chatId={chatId}&count={count}&timeoutMs={(long)timeout.TotalMilliseconds}";
        var array = await _http.GetFromJsonAsync<JsonArray>(url, cancellationToken);
        return array!.Select(n => BotMessage.From(n!)).ToList();
    }

    public Task<IReadOnlyList<BotMessage>> MessagesAsync(long chatId, CancellationToken cancellationToken) =>
        WaitForMessagesAsync(chatId, 0, TimeSpan.Zero, cancellationToken);

    /// <summary>Replaces the probabilistic fault rules (none = no faults); bodies of bot calls are not kept during a soak.</summary>
    public async Task SetFaultRulesAsync(IEnumerable<FaultRule> rules, int seed, CancellationToken cancellationToken)
    {
        var body = new
        {
            seed,
            recordBodies = false,
            rules = rules.Select(r => new { method = r.Method, kind = r.Kind, probability = r.Probability, retryAfter = r.RetryAfterSeconds, minMs = r.MinMs, maxMs = r.MaxMs }),
        };
        using var response = await _http.PostAsJsonAsync("/harness/fault-rules", body, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Injected faults by kind ("429", "500", "slow", "drop", "abandoned") and by "method:kind".</summary>
    public async Task<IReadOnlyDictionary<string, int>> FaultCountsAsync(CancellationToken cancellationToken)
    {
        var counts = await _http.GetFromJsonAsync<Dictionary<string, int>>("/harness/fault-counts", cancellationToken);
        return counts!;
    }

    public async Task<int> BotMessageCountAsync(CancellationToken cancellationToken)
    {
        var state = await _http.GetFromJsonAsync<JsonObject>("/harness/state", cancellationToken);
        return state!["botMessages"]!.GetValue<int>();
    }

    /// <summary>Every message the bot got accepted: id, chat and the emulator's time (Unix ms).</summary>
    public async Task<IReadOnlyList<(int Id, long ChatId, long Time)>> SentLogAsync(CancellationToken cancellationToken)
    {
        var array = await _http.GetFromJsonAsync<JsonArray>("/harness/sent-log", cancellationToken);
        return array!.Select(n => (n!["id"]!.GetValue<int>(), n["chatId"]!.GetValue<long>(), n["time"]!.GetValue<long>())).ToList();
    }

    /// <summary>What the person and the bot did in this chat, with the emulator's times and injected faults.</summary>
    public async Task<IReadOnlyList<string>> ChatLogAsync(long chatId, CancellationToken cancellationToken) =>
        (await _http.GetFromJsonAsync<List<string>>($"/harness/chat-log?chatId={chatId}", cancellationToken))!;

    /// <summary>After the people are done: waits until no bot message arrived for a few seconds (late redeliveries count).</summary>
    public async Task WaitForQuietAsync(CancellationToken cancellationToken)
    {
        var count = await BotMessageCountAsync(cancellationToken);
        var stable = Stopwatch.StartNew();
        while (stable.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(250, cancellationToken);
            var now = await BotMessageCountAsync(cancellationToken);
            if (now != count)
            {
                count = now;
                stable.Restart();
            }
        }
    }

    public void Dispose() => _http.Dispose();

    /// <summary>Each user action carries an id, so an HTTP-level retry of the request cannot make the person act twice.</summary>
    private static string ActionId() => Guid.NewGuid().ToString("N");
}
