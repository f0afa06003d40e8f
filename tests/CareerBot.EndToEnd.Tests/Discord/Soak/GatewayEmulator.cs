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

    private readonly FakeDiscordServer server;
    private readonly string botId;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly List<(int Seq, string Type, object Data)> sent = [];
    private readonly Queue<(string Type, object Data)> waiting = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Task accepting;
    private TaskCompletionSource healthy = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? sessionId;
    private int sequence;
    private FakeGatewayConnection? live;

    public GatewayEmulator(FakeDiscordServer server, string botId)
    {
        this.server = server;
        this.botId = botId;
        accepting = AcceptAsync();
    }

    public GatewayCounters Counters { get; } = new();

    /// <summary>The sequence number of the last dispatch numbered so far.</summary>
    public int Sequence => Volatile.Read(ref sequence);

    /// <summary>Completes when a connection is READY or RESUMED (a new task after every fault).</summary>
    public Task Healthy => Volatile.Read(ref healthy).Task;

    /// <summary>Sends a dispatch to the live session, or keeps it for the session that comes next.</summary>
    public async Task DispatchAsync(string type, object data)
    {
        await gate.WaitAsync();
        try
        {
            if (sessionId is null || paused)
            {
                waiting.Enqueue((type, data));
                return;
            }

            await SendNumberedAsync(type, data);
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await accepting;
        }
        catch (OperationCanceledException)
        {
        }

        stop.Dispose();
    }

    private async Task SendNumberedAsync(string type, object data)
    {
        var seq = ++sequence;
        sent.Add((seq, type, data));
        Counters.Dispatched++;
        if (live is { } connection && !zombie)
        {
            await SendQuietlyAsync(connection, new { op = 0, t = type, s = seq, d = data });
        }
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            var connection = await server.NextConnectionAsync(stop.Token);
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

        await gate.WaitAsync();
        try
        {
            if (live == connection)
            {
                live = null;
                Volatile.Write(ref healthy, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            }
        }
        finally
        {
            gate.Release();
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
                    Volatile.Write(ref lastHeartbeatSeq, data.GetInt32());
                }

                if (!(zombie && live == connection))
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
        while (!paused && waiting.TryDequeue(out var next))
        {
            await SendNumberedAsync(next.Type, next.Data);
        }

        Volatile.Read(ref healthy).TrySetResult();
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
