using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>
/// An in-process Discord over loopback: REST under /api/v10 (recorded, answered by <see cref="Handler"/> or sensible
/// defaults) and the gateway WebSocket at any other path (handed to the test as <see cref="FakeGatewayConnection"/>).
/// </summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Channel<FakeGatewayConnection> connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly List<RecordedRequest> requests = [];
    private readonly Lock gate = new();
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long nextId = 1_100_000_000_000_000_000;

    public FakeDiscordServer()
    {
        Port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        _ = AcceptLoopAsync();
    }

    public int Port { get; }

    public string ApiBaseUrl => $"http://127.0.0.1:{Port}/api/v10";

    public string GatewayUrl => $"ws://127.0.0.1:{Port}/gateway";

    public string ResumeUrl => $"ws://127.0.0.1:{Port}/resume";

    /// <summary>Answers a REST request; return null for the default answer.</summary>
    public Func<RecordedRequest, FakeResponse?>? Handler { get; set; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    public async Task<FakeGatewayConnection> NextConnectionAsync(int timeoutMs = 10000)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        return await connections.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Next gateway connection, for a test that serves connections until it is done.</summary>
    public ValueTask<FakeGatewayConnection> NextConnectionAsync(CancellationToken cancellationToken) =>
        connections.Reader.ReadAsync(cancellationToken);

    /// <summary>Waits (real time, bounded) until <paramref name="count"/> requests match.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(Func<RecordedRequest, bool> match, int count = 1, int timeoutMs = 10000)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        while (true)
        {
            Task signal;
            lock (gate)
            {
                var found = requests.Where(match).ToList();
                if (found.Count >= count)
                {
                    return found;
                }

                signal = changed.Task;
            }

            await signal.WaitAsync(timeout.Token);
        }
    }

    public ValueTask DisposeAsync()
    {
        listener.Close();
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task AcceptLoopAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.PathAndQuery;
        if (context.Request.IsWebSocketRequest)
        {
            var ws = await context.AcceptWebSocketAsync(null);
            await connections.Writer.WriteAsync(new FakeGatewayConnection(ws.WebSocket, path));
            return;
        }

        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var relative = path.StartsWith("/api/v10/", StringComparison.Ordinal) ? path["/api/v10/".Length..] : path;
        var request = new RecordedRequest(context.Request.HttpMethod, relative, body, context.Request.Headers);
        FakeResponse response;
        lock (gate)
        {
            requests.Add(request);
        }

        try
        {
            response = Handler?.Invoke(request) ?? DefaultResponse(request);
        }
        finally
        {
            lock (gate)
            {
                var old = changed;
                changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                old.TrySetResult();
            }
        }

        if (response.Latency > TimeSpan.Zero)
        {
            await Task.Delay(response.Latency);
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body.Length > 0)
        {
            context.Response.ContentType = "application/json";
            var bytes = Encoding.UTF8.GetBytes(response.Body);
            await context.Response.OutputStream.WriteAsync(bytes);
        }

        context.Response.Close();
    }

    /// <summary>What the fake answers when <see cref="Handler"/> does not: a created message, DM channel, 204 or empty list.</summary>
    public FakeResponse DefaultResponse(RecordedRequest request)
    {
        var id = Interlocked.Increment(ref nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (request.Is("GET", "gateway/bot"))
        {
            return FakeResponse.Json(JsonSerializer.Serialize(new { url = $"ws://127.0.0.1:{Port}/gateway", shards = 1, session_start_limit = new { total = 1000, remaining = 999, reset_after = 14400000, max_concurrency = 1 } }));
        }

        if (request.Is("POST", "users/@me/channels"))
        {
            var recipient = request.Json.GetProperty("recipient_id").GetString();
            return FakeResponse.Json(JsonSerializer.Serialize(new { id = "dm-" + recipient, type = 1 }));
        }

        if (request.Is("POST", "interactions/"))
        {
            return FakeResponse.NoContent();
        }

        if (request.Method == "PUT")
        {
            return FakeResponse.Json("[]");
        }

        var channel = request.Path.StartsWith("channels/", StringComparison.Ordinal) ? request.Path.Split('/')[1] : "webhook-channel";
        return FakeResponse.Json(JsonSerializer.Serialize(new { id, channel_id = channel, content = "" }));
    }
}
