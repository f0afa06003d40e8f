using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace CareerBot.Telegram.Tests.Support;

/// <summary>A hand-written Bot API behind an HttpMessageHandler: records calls, answers from scripts or sensible defaults.</summary>
internal sealed class FakeTelegramApi(TimeProvider clock) : HttpMessageHandler
{
    public const string Token = "123456:SECRET-token_ABCdef";
    private readonly Lock _gate = new();
    private readonly List<ApiCall> _calls = [];
    private readonly Dictionary<string, Queue<Func<JsonObject, ApiReply>>> _scripts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Queue<string> _updateBatches = new();
    private int _nextMessageId = 500;

    public string ChatMemberStatus { get; set; } = "member";

    public IReadOnlyList<ApiCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    public IReadOnlyList<ApiCall> CallsTo(string method) => Calls.Where(c => c.Method == method).ToList();

    public void Script(string method, ApiReply reply) => Script(method, _ => reply);

    public void Script(string method, Func<JsonObject, ApiReply> reply)
    {
        lock (_gate)
        {
            if (!_scripts.TryGetValue(method, out var queue))
            {
                _scripts[method] = queue = new Queue<Func<JsonObject, ApiReply>>();
            }

            queue.Enqueue(reply);
        }
    }

    /// <summary>The next getUpdates answers with these updates (raw JSON objects).</summary>
    public void QueueUpdates(params string[] updates)
    {
        lock (_gate)
        {
            _updateBatches.Enqueue("[" + string.Join(',', updates) + "]");
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.RequestUri!.Segments[^1];
        var content = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var body = (content.Length > 0 ? JsonNode.Parse(content) as JsonObject : null) ?? [];
        Func<JsonObject, ApiReply>? script = null;
        string? batch = null;
        lock (_gate)
        {
            _calls.Add(new ApiCall(method, body, clock.GetUtcNow()));
            if (_scripts.TryGetValue(method, out var queue) && queue.Count > 0)
            {
                script = queue.Dequeue();
            }
            else if (method == "getUpdates" && _updateBatches.Count > 0)
            {
                batch = _updateBatches.Dequeue();
            }
        }

        var reply = script?.Invoke(body) ?? (batch is not null ? ApiReply.Ok(batch) : await DefaultAsync(method, body, cancellationToken));
        return new HttpResponseMessage((HttpStatusCode)reply.Status) { Content = new StringContent(reply.Json, Encoding.UTF8, "application/json") };
    }

    private async Task<ApiReply> DefaultAsync(string method, JsonObject body, CancellationToken cancellationToken)
    {
        switch (method)
        {
            case "getUpdates":
                // An idle long poll: nothing arrives until the poller gives up (shutdown).
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
                return ApiReply.Ok("[]");
            case "getMe":
                return ApiReply.Ok("""{"id":999,"is_bot":true,"first_name":"CareerBot","username":"CareerTestBot"}""");
            case "sendMessage" or "editMessageText":
                var id = Interlocked.Increment(ref _nextMessageId);
                var chat = body["chat_id"]?.ToJsonString() ?? "0";
                var text = body["text"]?.ToJsonString() ?? "\"\"";
                return ApiReply.Ok($$"""{"message_id":{{id}},"date":1764300000,"chat":{"id":{{chat}},"type":"private"},"text":{{text}}}""");
            case "getChatMember":
                var user = body["user_id"]?.ToJsonString() ?? "0";
                return ApiReply.Ok($$$"""{"status":"{{{ChatMemberStatus}}}","user":{"id":{{{user}}},"is_bot":false,"first_name":"X"}}""");
            default:
                return ApiReply.Ok("true");
        }
    }
}
