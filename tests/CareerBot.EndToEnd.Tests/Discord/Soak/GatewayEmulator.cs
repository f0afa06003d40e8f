using System.Text.Json;
using System.Threading.Channels;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.EndToEnd.Tests.Discord.Soak;

/// <summary>
/// Plays Discord's side of the gateway over <see cref="FakeDiscordServer"/> connections, as the docs describe it:
/// Hello, Identify → READY (new session, sequence from 1), Resume → the missed dispatches replayed in order then
/// RESUMED, heartbeats ACKed. Every dispatch of a session is numbered and kept, so a RESUME with sequence s gets
/// exactly the dispatches after s, including those sent to a connection that died or went silent. Dispatches made
/// while no session exists wait for the next READY. Faults are injected through <see cref="GatewayFaults"/>.
/// </summary>
internal sealed partial class GatewayEmulator : IAsyncDisposable
{
    public const int HeartbeatIntervalMs = 1000;

    private readonly FakeDiscordServer _server;
    private readonly string _botId;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<(int Seq, string Type, object Data)> _sent = [];
    private readonly Queue<(string Type, object Data)> _waiting = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private TaskCompletionSource _healthy = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _sessionId;
    private int _sequence;
    private FakeGatewayConnection? _live;

    public GatewayEmulator(FakeDiscordServer server, string botId)
    {
        _server = server;
        _botId = botId;
        _accepting = AcceptAsync();
    }

    public GatewayCounters Counters { get; } = new();

    /// <summary>The sequence number of the last dispatch numbered so far.</summary>
    public int Sequence => Volatile.Read(ref _sequence);

    /// <summary>Completes when a connection is READY or RESUMED (a new task after every fault).</summary>
    public Task Healthy => Volatile.Read(ref _healthy).Task;

    /// <summary>Sends a dispatch to the live session, or keeps it for the session that comes next.</summary>
    public async Task DispatchAsync(string type, object data)
    {
        await _gate.WaitAsync();
        try
        {
            if (_sessionId is null || _paused)
            {
                _waiting.Enqueue((type, data));
                return;
            }

            await SendNumberedAsync(type, data);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task SendNumberedAsync(string type, object data)
    {
        var seq = ++_sequence;
        _sent.Add((seq, type, data));
        Counters.Dispatched++;
        if (_live is { } connection && !_zombie)
        {
            await SendQuietlyAsync(connection, new { op = 0, t = type, s = seq, d = data });
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var connection = await _server.NextConnectionAsync(_stop.Token);
            _ = ServeAsync(connection);
        }
    }

    private async Task ServeAsync(FakeGatewayConnection connection)
    {
        Counters.Connections++;
        await SendQuietlyAsync(connection, new { op = 10, d = new { heartbeat_interval = HeartbeatIntervalMs } });
        try
        {
            while (true)
            {
                var frame = await connection.ReceiveAsync(int.MaxValue);
                await HandleFrameAsync(connection, frame);
            }
        }
        catch (Exception ex) when (ex is ChannelClosedException or OperationCanceledException)
        {
            // The connection is over (closed, dropped or aborted by the bot).
        }

        await _gate.WaitAsync();
        try
        {
            if (_live == connection)
            {
                _live = null;
                Volatile.Write(ref _healthy, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task HandleFrameAsync(FakeGatewayConnection connection, JsonElement frame)
    {
        var op = frame.GetProperty("op").GetInt32();
        var data = frame.TryGetProperty("d", out var d) ? d : default;
        switch (op)
        {
            case 1:
                Counters.Heartbeats++;
                if (data.ValueKind == JsonValueKind.Number)
                {
                    Volatile.Write(ref _lastHeartbeatSeq, data.GetInt32());
                }

                if (!(_zombie && _live == connection))
                {
                    await SendQuietlyAsync(connection, new { op = 11 });
                }

                break;
            case 2:
                await IdentifyAsync(connection);
                break;
            case 6:
                await ResumeAsync(connection, data.GetProperty("session_id").GetString(), data.GetProperty("seq").ValueKind == JsonValueKind.Number ? data.GetProperty("seq").GetInt32() : 0);
                break;
        }
    }

    // Called under the gate: flushes what waited for a session, unless a pause holds it back.
    private async Task BecomeHealthyAsync()
    {
        while (!_paused && _waiting.TryDequeue(out var next))
        {
            await SendNumberedAsync(next.Type, next.Data);
        }

        Volatile.Read(ref _healthy).TrySetResult();
    }

    private static async Task SendQuietlyAsync(FakeGatewayConnection connection, object payload)
    {
        try
        {
            await connection.SendAsync(payload);
        }
        catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or ObjectDisposedException or InvalidOperationException or IOException)
        {
            // The socket died under us: the dispatch stays numbered and kept, so a RESUME replays it.
        }
    }
}
