using CareerBot.Storage.Contract.Tests.Harness;

namespace CareerBot.Storage.Contract.Tests.Contracts;

/// <summary>
/// The base of every contract class: each test gets a fresh, empty store from the subclass (LiteDB or PostgreSQL),
/// so one set of tests states what every implementation of the Core store interfaces must do.
/// </summary>
public abstract class StoreContract : IAsyncLifetime
{
    private StoreHarness? _store;

    private protected StoreHarness Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    private protected DateTimeOffset Now => Store.Time.GetUtcNow();

    public async Task InitializeAsync() => _store = await StartAsync();

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    private protected abstract Task<StoreHarness> StartAsync();
}
