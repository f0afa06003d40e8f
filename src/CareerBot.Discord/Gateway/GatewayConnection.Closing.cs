using System.Net.WebSockets;

namespace CareerBot.Discord.Gateway;

/// <summary>How one connection ends: the close frame, and the loops' failures on a closing socket kept quiet.</summary>
internal sealed partial class GatewayConnection
{
    private void LogLost(Exception exception)
    {
        if (!_closing)
        {
            Log.GatewayConnectionLost(logger, exception);
        }
    }

    private async Task CloseAsync(WebSocketCloseStatus status)
    {
        _closing = true;
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            // A close frame is a send: it must not overlap a heartbeat going out.
            await _sendLock.WaitAsync(timeout.Token);
            try
            {
                await socket.CloseOutputAsync(status, null, timeout.Token);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or InvalidOperationException)
        {
            socket.Abort();
        }
    }

    private static async Task IgnoreFailureAsync(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException)
        {
            // The connection is over; its loops ending with these is expected.
        }
    }
}
