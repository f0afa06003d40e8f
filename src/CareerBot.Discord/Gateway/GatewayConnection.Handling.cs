using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Gateway;

/// <summary>Opcode handling, heartbeats and sends of one connection.</summary>
internal sealed partial class GatewayConnection
{
    private const string ZombieReason = "no heartbeat ACK (zombie connection)";

    private async Task HandleAsync(GatewayPayload payload, CancellationToken cancellationToken)
    {
        switch ((GatewayOpCode)payload.Op)
        {
            case GatewayOpCode.Hello when !_heartbeat.IsCompleted:
                // A second Hello on the same connection: a second heartbeat loop (and Identify) would only break the session.
                Log.GatewayOpcodeSkipped(logger, payload.Op);
                break;
            case GatewayOpCode.Hello:
                var hello = payload.D?.Deserialize<HelloData>(DiscordJson.Options);
                var interval = TimeSpan.FromMilliseconds(Math.Max(hello?.HeartbeatInterval ?? 41250, 100));
                _heartbeat = HeartbeatLoopAsync(interval, cancellationToken);
                await IdentifyOrResumeAsync(cancellationToken);
                break;
            case GatewayOpCode.HeartbeatAck:
                _awaitingAck = false;
                status.HeartbeatAcknowledged();
                await sessions.SaveIfDueAsync(session, cancellationToken);
                break;
            case GatewayOpCode.Heartbeat:
                await SendHeartbeatAsync(cancellationToken);
                break;
            case GatewayOpCode.Reconnect:
                Finish(new ConnectionOutcome(ReconnectAction.Resume, "server asked to reconnect (op 7)", Immediate: true));
                break;
            case GatewayOpCode.InvalidSession:
                var resumable = payload.D is { ValueKind: JsonValueKind.True };
                if (!resumable)
                {
                    session.Reset();
                }

                Finish(resumable
                    ? new ConnectionOutcome(ReconnectAction.Resume, "invalid session (resumable)", Immediate: true)
                    : new ConnectionOutcome(ReconnectAction.Identify, "invalid session (not resumable)"));
                break;
            case GatewayOpCode.Dispatch:
                session.Observe(payload.S);
                status.EventReceived();
                await DispatchAsync(payload, cancellationToken);
                break;
            default:
                Log.GatewayOpcodeSkipped(logger, payload.Op);
                break;
        }
    }

    private async Task IdentifyOrResumeAsync(CancellationToken cancellationToken)
    {
        if (session.CanResume)
        {
            Log.GatewayResuming(logger, session.Sequence);
            await SendAsync(new GatewayCommand<ResumeData>((int)GatewayOpCode.Resume, new ResumeData(identity.Token, session.SessionId!, session.Sequence)), cancellationToken);
        }
        else
        {
            // The wait for the IDENTIFY bucket can outlast a heartbeat interval: it runs beside the receive loop, which
            // must go on reading heartbeat ACKs (or the connection would look like a zombie).
            _identifying = IdentifyAsync(cancellationToken);
        }
    }

    private async Task IdentifyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await pacer.WaitForTurnAsync(cancellationToken);
            Log.GatewayIdentifying(logger, identity.Intents, identity.ShardId, identity.ShardCount);
            await SendAsync(new GatewayCommand<IdentifyData>((int)GatewayOpCode.Identify, identity.ToIdentify()), cancellationToken);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
        {
            LogLost(ex);
            Finish(new ConnectionOutcome(ReconnectAction.Resume, GatewayCloseCodes.Describe(null)));
        }
    }

    private async Task HeartbeatLoopAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            // First beat after interval * jitter so that many clients reconnecting at once spread out.
            await Task.Delay(interval * random.NextDouble(), time, cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                if (_awaitingAck)
                {
                    Log.GatewayZombie(logger);
                    Finish(new ConnectionOutcome(ReconnectAction.Resume, ZombieReason));
                    return;
                }

                await SendHeartbeatAsync(cancellationToken);
                await Task.Delay(interval, time, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
        {
            LogLost(ex);
            Finish(new ConnectionOutcome(ReconnectAction.Resume, GatewayCloseCodes.Describe(null)));
        }
    }

    private Task SendHeartbeatAsync(CancellationToken cancellationToken)
    {
        _awaitingAck = true;
        return SendAsync(new GatewayCommand<int?>((int)GatewayOpCode.Heartbeat, session.Sequence), cancellationToken);
    }

    private async Task SendAsync<T>(GatewayCommand<T> command, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(command, DiscordJson.Options);
        if (bytes.Length > MaxSendBytes)
        {
            Log.GatewaySendTooLarge(logger, command.Op, bytes.Length);
            return;
        }

        await _budget.WaitAsync(cancellationToken);
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
