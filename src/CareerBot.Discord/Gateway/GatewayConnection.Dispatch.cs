using System.Text.Json;

namespace CareerBot.Discord.Gateway;

/// <summary>Dispatches (op 0) of one connection: READY and RESUMED, the hand-over to the handler, the handled sequence.</summary>
internal sealed partial class GatewayConnection
{
    private async Task DispatchAsync(GatewayPayload payload, CancellationToken cancellationToken)
    {
        var type = payload.T ?? "";
        var data = payload.D ?? default;
        var ready = false;
        switch (type)
        {
            case GatewayDispatch.Ready:
                if (data.Deserialize<ReadyData>(DiscordJson.Options) is not { } readyData)
                {
                    Track(payload.S, handled: null);
                    return;
                }

                session.Start(readyData);
                _healthy = ready = true;
                status.Ready();
                Log.GatewayReady(logger, readyData.User.Id, readyData.V);
                break;
            case GatewayDispatch.Resumed:
                _healthy = true;
                status.Resumed();
                Log.GatewayResumed(logger, session.Sequence);
                Track(payload.S, handled: null);
                return;
            case GatewayDispatch.MessageCreate or GatewayDispatch.InteractionCreate or GatewayDispatch.GuildCreate:
                break;
            default:
                Log.GatewayEventSkipped(logger, type);
                Track(payload.S, handled: null);
                return;
        }

        Task handled;
        try
        {
            handled = handler.HandleAsync(new GatewayDispatch(type, data, payload.S), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.GatewayHandlerFailed(logger, type, ex);
            handled = Task.CompletedTask;
        }

        Track(payload.S, handled);
        if (!handled.IsCompletedSuccessfully)
        {
            _ = ObserveAsync(handled, type);
        }

        if (ready)
        {
            await sessions.SaveAsync(session, cancellationToken);
        }
    }

    private void Track(int? sequence, Task? handled)
    {
        if (sequence is { } value)
        {
            session.Handled.Track(value, handled);
        }
    }

    // The handler's work runs on after the next frames are read; its failure is logged here.
    private async Task ObserveAsync(Task handled, string type)
    {
        try
        {
            await handled;
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            Log.GatewayHandlerFailed(logger, type, ex);
        }
    }
}
