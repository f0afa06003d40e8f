using CareerBot.Storage.Contract.Tests.Contracts;
using CareerBot.Storage.Contract.Tests.Harness;

namespace CareerBot.Storage.Contract.Tests.LiteDb;

public sealed class LiteDbCommunityInterviewStoreTests : CommunityInterviewStoreContract
{
    private protected override Task<StoreHarness> StartAsync() => LiteDbHarness.StartAsync();
}
