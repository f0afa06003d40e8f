using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;

namespace CareerBot.Tests.Http;

/// <summary>A turn processor that records what it is handed, or throws as a store that is down would.</summary>
internal sealed class FakeTurnProcessor : ITurnProcessor
{
    public List<IncomingMessage> Handled { get; } = [];

    public Exception? FailWith { get; set; }

    public Task<TurnReceipt> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        if (FailWith is { } failure)
        {
            throw failure;
        }

        lock (Handled)
        {
            Handled.Add(message);
        }

        return Task.FromResult(TurnReceipt.Repeated);
    }
}
