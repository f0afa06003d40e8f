using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Storage.LiteDb.Conversations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.LiteDb.Tests.Conversations;

public sealed class ConversationServiceCollectionExtensionsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("careerbot-di-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task AddLiteDbStorage_ResolvesWorkingStoresOnOneDatabase()
    {
        await using var provider = CreateProvider(new() { ["Storage:DatabasePath"] = Path.Combine(_folder, "sub", "bot.db") });
        var conversations = provider.GetRequiredService<IConversationStore>();
        var state = provider.GetRequiredService<IPlatformStateStore>();

        await state.SetAsync("offset", "5", CancellationToken.None);
        await conversations.SaveTurnAsync(new StoredTurn(Platform.Console, "1", null, []), CancellationToken.None);

        Assert.Equal("5", await state.GetAsync("offset", CancellationToken.None));
        Assert.True(await conversations.IsHandledAsync(Platform.Console, "1", CancellationToken.None));
        Assert.Same(conversations, provider.GetRequiredService<IConversationStore>());
    }

    [Fact]
    public async Task AddLiteDbStorage_BadRetention_FailsValidation()
    {
        await using var provider = CreateProvider(new()
        {
            ["Storage:DatabasePath"] = Path.Combine(_folder, "bot.db"),
            ["Storage:Conversations:HandledRetention"] = "00:00:01",
        });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ConversationStoreOptions>>().Value);
    }

    private static ServiceProvider CreateProvider(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddLiteDbStorage();
        return services.BuildServiceProvider();
    }
}
