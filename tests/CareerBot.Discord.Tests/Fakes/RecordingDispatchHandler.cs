using System.Threading.Channels;
using CareerBot.Discord.Gateway;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>Collects the dispatches the gateway client hands over.</summary>
internal sealed class RecordingDispatchHandler : IGatewayDispatchHandler
{
    private readonly Channel<GatewayDispatch> _received = Channel.CreateUnbounded<GatewayDispatch>();

    /// <summary>The work each dispatch starts (the task the gateway waits for before counting it handled); none by default.</summary>
    public Func<GatewayDispatch, Task>? Work { get; set; }

    public Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        _received.Writer.TryWrite(dispatch);
        return Work?.Invoke(dispatch) ?? Task.CompletedTask;
    }

    public async Task<GatewayDispatch> NextAsync(int timeoutMs = 10000)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        return await _received.Reader.ReadAsync(timeout.Token);
    }

    public bool TryTake(out GatewayDispatch? dispatch) => _received.Reader.TryRead(out dispatch);
}
