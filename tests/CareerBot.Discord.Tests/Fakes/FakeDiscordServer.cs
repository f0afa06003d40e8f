using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>
/// An in-process Discord over loopback: REST under /api/v10 (recorded, answered by <see cref="Handler"/> or sensible
/// defaults; uploads read and checked as Discord does, see FakeDiscordServer.Uploads.cs) and the gateway WebSocket at any other path (handed to the test as <see cref="FakeGatewayConnection"/>).
/// REST under /{client}/api/v10 is the same API, its requests marked with that <see cref="RecordedRequest.Client"/> (to
/// tell several bot processes apart). Connections that IDENTIFY are known by shard (see FakeDiscordServer.Shards.cs).
/// </summary>
public sealed partial class FakeDiscordServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Channel<FakeGatewayConnection> _connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TimeProvider _time;
    private long _nextId = 1_100_000_000_000_000_000;

    /// <param name="time">The clock IDENTIFY times are recorded by (a test's fake time); the system clock by default.</param>
    public FakeDiscordServer(TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = AcceptLoopAsync();
    }

    public int Port { get; }

    public string ApiBaseUrl => $"http://127.0.0.1:{Port}/api/v10";

    /// <summary>The same REST API, with every request recorded as coming from <paramref name="client"/>.</summary>
    public string ApiBaseUrlFor(string client) => $"http://127.0.0.1:{Port}/{client}/api/v10";

    public string GatewayUrl => $"ws://127.0.0.1:{Port}/gateway";

    public string ResumeUrl => $"ws://127.0.0.1:{Port}/resume";

    /// <summary>Answers a REST request; return null for the default answer.</summary>
    public Func<RecordedRequest, FakeResponse?>? Handler { get; set; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public async Task<FakeGatewayConnection> NextConnectionAsync(int timeoutMs = 10000)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        return await _connections.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Next gateway connection, for a test that serves connections until it is done.</summary>
    public ValueTask<FakeGatewayConnection> NextConnectionAsync(CancellationToken cancellationToken) =>
        _connections.Reader.ReadAsync(cancellationToken);

    /// <summary>Waits (real time, bounded) until <paramref name="count"/> requests match.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(Func<RecordedRequest, bool> match, int count = 1, int timeoutMs = 10000)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                var found = _requests.Where(match).ToList();
                if (found.Count >= count)
                {
                    return found;
                }

                signal = _changed.Task;
            }

            await signal.WaitAsync(timeout.Token);
        }
    }

    public ValueTask DisposeAsync()
    {
        _listener.Close();
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
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
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
            await _connections.Writer.WriteAsync(new FakeGatewayConnection(ws.WebSocket, path, OnIdentify));
            return;
        }

        using var buffer = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(buffer);
        var (client, relative) = SplitPath(path);
        var (request, refused) = Read(context.Request.HttpMethod, relative, context.Request.ContentType, buffer.ToArray(), context.Request.Headers);
        request = request with { Client = client };
        FakeResponse response;
        lock (_gate)
        {
            _requests.Add(request);
        }

        try
        {
            response = refused ?? Handler?.Invoke(request) ?? DefaultResponse(request);
        }
        finally
        {
            Signal();
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

    /// <summary>Wakes everyone waiting for a request or an IDENTIFY.</summary>
    private void Signal()
    {
        lock (_gate)
        {
            var old = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            old.TrySetResult();
        }
    }
}
