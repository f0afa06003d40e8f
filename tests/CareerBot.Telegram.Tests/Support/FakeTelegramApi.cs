using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CareerBot.Multipart;

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
        var (body, files) = await ReadAsync(request.Content, cancellationToken);
        Func<JsonObject, ApiReply>? script = null;
        string? batch = null;
        lock (_gate)
        {
            _calls.Add(new ApiCall(method, body, clock.GetUtcNow()) { Files = files, ContentType = request.Content?.Headers.ContentType?.MediaType });
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

    /// <summary>
    /// The request's fields as JSON: a JSON body as it is, a multipart one (an upload) read from the wire as Telegram
    /// reads it, each field's text parsed as JSON where it is JSON (chat_id, reply_markup) and kept as text otherwise.
    /// </summary>
    private static async Task<(JsonObject Body, IReadOnlyList<FormPart> Files)> ReadAsync(HttpContent? content, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return ([], []);
        }

        var contentType = content.Headers.ContentType?.ToString();
        if (!MultipartForm.Is(contentType))
        {
            var text = await content.ReadAsStringAsync(cancellationToken);
            return ((text.Length > 0 ? JsonNode.Parse(text) as JsonObject : null) ?? [], []);
        }

        var parts = MultipartForm.Parse(contentType!, await content.ReadAsByteArrayAsync(cancellationToken));
        var body = new JsonObject();
        foreach (var part in parts.Where(p => p.FileName is null))
        {
            body[part.Name] = part.Name is "caption" or "text" ? JsonValue.Create(part.Text) : FieldValue(part.Text);
        }

        return (body, parts.Where(p => p.FileName is not null).ToList());
    }

    private static JsonNode? FieldValue(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return JsonValue.Create(text);
        }
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
            case "sendPhoto":
                var photoId = Interlocked.Increment(ref _nextMessageId);
                var photoChat = body["chat_id"]?.ToJsonString() ?? "0";
                var caption = body["caption"] is { } c ? ",\"caption\":" + c.ToJsonString() : "";
                return ApiReply.Ok($$"""{"message_id":{{photoId}},"date":1764300000,"chat":{"id":{{photoChat}},"type":"private"},"photo":[{"file_id":"p{{photoId}}","file_unique_id":"u{{photoId}}","width":800,"height":450}]{{caption}}}""");
            case "getChatMember":
                var user = body["user_id"]?.ToJsonString() ?? "0";
                return ApiReply.Ok($$$"""{"status":"{{{ChatMemberStatus}}}","user":{"id":{{{user}}},"is_bot":false,"first_name":"X"}}""");
            case "getMyDescription":
                return ApiReply.Ok("""{"description":""}""");
            case "getMyShortDescription":
                return ApiReply.Ok("""{"short_description":""}""");
            default:
                return ApiReply.Ok("true");
        }
    }
}
