using CareerBot.Storage.Contract.Tests.Contracts;
using CareerBot.Storage.Contract.Tests.Harness;

namespace CareerBot.Storage.Contract.Tests.Postgres;

public sealed class PostgresCommunityInterviewStoreTests(PostgresDatabase database) : CommunityInterviewStoreContract, IClassFixture<PostgresDatabase>
{
    private protected override Task<StoreHarness> StartAsync() => PostgresHarness.StartAsync(database);
}
