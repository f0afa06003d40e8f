using System.Threading.Channels;
using CareerBot.Discord.Gateway;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>Collects the dispatches the gateway client hands over.</summary>
internal sealed class RecordingDispatchHandler : IGatewayDispatchHandler
{
    private readonly Channel<GatewayDispatch> received = Channel.CreateUnbounded<GatewayDispatch>();

    public Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken) =>
        received.Writer.WriteAsync(dispatch, cancellationToken).AsTask();

    public async Task<GatewayDispatch> NextAsync(int timeoutMs = 10000)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        return await received.Reader.ReadAsync(timeout.Token);
    }

    public bool TryTake(out GatewayDispatch? dispatch) => received.Reader.TryRead(out dispatch);
}
