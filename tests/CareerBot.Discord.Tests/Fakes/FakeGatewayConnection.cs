using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>The server side of one gateway WebSocket: scripted by the test, reading client frames in the background.</summary>
public sealed class FakeGatewayConnection
{
    private readonly WebSocket _socket;
    private readonly Channel<JsonElement> _frames = Channel.CreateUnbounded<JsonElement>();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource<int?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Action<FakeGatewayConnection, (int Id, int Count)>? _identified;
    private int _lastSequence;

    /// <param name="identified">Told of the shard when the client sends IDENTIFY (before the test sees the frame).</param>
    public FakeGatewayConnection(WebSocket socket, string path, Action<FakeGatewayConnection, (int Id, int Count)>? identified = null)
    {
        _socket = socket;
        _identified = identified;
        Path = path;
        _ = ReadLoopAsync();
    }

    /// <summary>The [shard_id, shard_count] of the client's IDENTIFY ([0, 1] when it sent none); null before it identified.</summary>
    public (int Id, int Count)? Shard { get; private set; }

    /// <summary>The highest sequence number sent on this connection so far.</summary>
    public int LastSequence => Volatile.Read(ref _lastSequence);

    /// <summary>URL path the client connected to, with query ("/gateway?v=10&amp;encoding=json").</summary>
    public string Path { get; }

    /// <summary>Answer client heartbeats with op 11 automatically (still recorded as frames).</summary>
    public bool AutoAck { get; set; }

    /// <summary>Completes with the client's close code (null when the client dropped the connection).</summary>
    public Task<int?> Closed => _closed.Task;

    public Task SendHelloAsync(int heartbeatIntervalMs = 45000) =>
        SendAsync(new { op = 10, d = new { heartbeat_interval = heartbeatIntervalMs } });

    public Task SendDispatchAsync(string type, object data, int sequence)
    {
        int seen;
        while ((seen = Volatile.Read(ref _lastSequence)) < sequence && Interlocked.CompareExchange(ref _lastSequence, sequence, seen) != seen)
        {
        }

        return SendAsync(new { op = 0, t = type, s = sequence, d = data });
    }

    /// <summary>A dispatch numbered after the last one sent on this connection.</summary>
    public Task SendDispatchAsync(string type, object data) =>
        SendAsync(new { op = 0, t = type, s = Interlocked.Increment(ref _lastSequence), d = data });

    public Task SendReadyAsync(int sequence = 1, string sessionId = "session-1", string? resumeUrl = null, string userId = "900000000000000001", string applicationId = "900000000000000001") =>
        SendDispatchAsync("READY", new { v = 10, user = new { id = userId, username = "CareerBot", bot = true }, guilds = Array.Empty<object>(), session_id = sessionId, resume_gateway_url = resumeUrl, application = new { id = applicationId, flags = 0 } }, sequence);

    public Task SendOpAsync(int op, object? data) => SendAsync(new { op, d = data });

    public async Task SendRawAsync(string json)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public Task SendAsync(object payload) => SendRawAsync(JsonSerializer.Serialize(payload));

    /// <summary>Next frame the client sent, within a real-time safety timeout.</summary>
    public async Task<JsonElement> ReceiveAsync(int timeoutMs = 10000)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        return await _frames.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Next frame with the given opcode; others are skipped.</summary>
    public async Task<JsonElement> ReceiveOpAsync(int op, int timeoutMs = 10000)
    {
        while (true)
        {
            var frame = await ReceiveAsync(timeoutMs);
            if (frame.GetProperty("op").GetInt32() == op)
            {
                return frame;
            }
        }
    }

    public async Task CloseAsync(int code)
    {
        await _socket.CloseOutputAsync((WebSocketCloseStatus)code, "test", CancellationToken.None);
    }

    public void Drop() => _socket.Abort();

    private static (int Id, int Count) ShardOf(JsonElement identify) =>
        identify.TryGetProperty("d", out var d) && d.ValueKind == JsonValueKind.Object
            && d.TryGetProperty("shard", out var shard) && shard.ValueKind == JsonValueKind.Array && shard.GetArrayLength() == 2
            ? (shard[0].GetInt32(), shard[1].GetInt32())
            : (0, 1);

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        _closed.TrySetResult((int?)result.CloseStatus);
                        _frames.Writer.TryComplete();
                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                var frame = JsonDocument.Parse(message.ToArray()).RootElement;
                var op = frame.GetProperty("op").GetInt32();
                if (AutoAck && op == 1)
                {
                    await SendOpAsync(11, null);
                }

                if (op == 2)
                {
                    Shard = ShardOf(frame);
                    _identified?.Invoke(this, Shard.Value);
                }

                await _frames.Writer.WriteAsync(frame);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException)
        {
            _closed.TrySetResult(null);
            _frames.Writer.TryComplete();
        }
    }
}
