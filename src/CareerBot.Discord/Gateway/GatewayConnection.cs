using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using CareerBot.Discord.Health;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Gateway;

/// <summary>
/// One gateway WebSocket from Hello to close: heartbeats (with jitter, zombie detection), Identify or Resume,
/// sequence tracking and dispatch. Ends with a <see cref="ConnectionOutcome"/>; never reconnects itself.
/// </summary>
internal sealed partial class GatewayConnection(
    WebSocket socket,
    GatewaySession session,
    GatewaySessionStore sessions,
    GatewayIdentity identity,
    IdentifyPacer pacer,
    IGatewayDispatchHandler handler,
    TimeProvider time,
    Random random,
    DiscordGatewayStatus status,
    ILogger logger) : IDisposable
{
    private const int MaxFrameBytes = 16 * 1024 * 1024;
    private const int MaxSendBytes = 4096;

    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly SlidingWindowBudget _budget = SlidingWindowBudget.ForGateway(time);
    private readonly TaskCompletionSource<ConnectionOutcome> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _awaitingAck;
    private volatile bool _healthy;

    // Set once the connection is being closed: its loops failing on the closing socket is expected, not news.
    private volatile bool _closing;
    private Task _heartbeat = Task.CompletedTask;
    private Task _identifying = Task.CompletedTask;

    public async Task<ConnectionOutcome> RunAsync(CancellationToken cancellationToken)
    {
        using var loops = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var receive = ReceiveLoopAsync(loops.Token);
        ConnectionOutcome result;
        try
        {
            result = await _outcome.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: 1000 ends the session so Discord shows the bot offline at once. The close frame goes out
            // before the loops stop: cancelling a pending receive aborts the socket, and then no close frame can follow.
            await CloseAsync(WebSocketCloseStatus.NormalClosure);
            await loops.CancelAsync();
            throw;
        }

        if (result.Reason == ZombieReason)
        {
            _closing = true;
            socket.Abort();
        }
        else
        {
            // Any code but 1000/1001 keeps the session resumable.
            await CloseAsync((WebSocketCloseStatus)4000);
        }

        await loops.CancelAsync();
        await IgnoreFailureAsync(receive);
        await IgnoreFailureAsync(_heartbeat);
        await IgnoreFailureAsync(_identifying);
        return result;
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var frame = await ReadFrameAsync(cancellationToken);
                if (frame is null)
                {
                    var code = (int?)socket.CloseStatus;
                    Finish(new ConnectionOutcome(GatewayCloseCodes.Classify(code), GatewayCloseCodes.Describe(code), code));
                    return;
                }

                GatewayPayload? payload;
                try
                {
                    payload = JsonSerializer.Deserialize<GatewayPayload>(frame, DiscordJson.Options);
                }
                catch (JsonException ex)
                {
                    Log.GatewayFrameUnreadable(logger, ex);
                    continue;
                }

                if (payload is null)
                {
                    continue;
                }

                try
                {
                    await HandleAsync(payload, cancellationToken);
                }
                catch (Exception ex) when (ex is JsonException or InvalidOperationException)
                {
                    // A frame with an unexpected shape (e.g. READY without session_id) is skipped, not fatal.
                    Log.GatewayFrameUnreadable(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever broke the loop, the connection is over: reconnect rather than hang.
            LogLost(ex);
            Finish(new ConnectionOutcome(ReconnectAction.Resume, GatewayCloseCodes.Describe(null)));
        }
    }

    private async Task<byte[]?> ReadFrameAsync(CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            using var message = new MemoryStream();
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                message.Write(buffer, 0, result.Count);
                if (message.Length > MaxFrameBytes)
                {
                    throw new InvalidDataException("Gateway frame too large.");
                }

                if (result.EndOfMessage)
                {
                    return message.ToArray();
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void Dispose() => _sendLock.Dispose();

    private void Finish(ConnectionOutcome result) => _outcome.TrySetResult(result with { WasHealthy = _healthy });
}
