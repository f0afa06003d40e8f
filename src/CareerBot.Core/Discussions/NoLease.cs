namespace CareerBot.Core.Discussions;

/// <summary>Stands for a lease where the store belongs to one process and in-memory locks already suffice.</summary>
internal sealed class NoLease : IAsyncDisposable
{
    public static NoLease Instance { get; } = new();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
