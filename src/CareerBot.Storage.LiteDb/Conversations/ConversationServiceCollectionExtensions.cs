using CareerBot.Core.Communities;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Storage.LiteDb.Retention;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.Storage.LiteDb.Conversations;

/// <summary>Registers the conversation store, outbox and platform state on the shared <c>ILiteDatabase</c>.</summary>
internal static class ConversationServiceCollectionExtensions
{
    public static IServiceCollection AddLiteDbConversations(this IServiceCollection services)
    {
        services.AddOptions<ConversationStoreOptions>()
            .BindConfiguration(ConversationStoreOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ConversationCollections>();
        services.AddSingleton<HandledMarkerPruner>();
        services.AddSingleton<LogCheckpointer>();
        services.AddSingleton<IConversationStore, LiteDbConversationStore>();
        services.AddSingleton<ICommunityInterviewStore, LiteDbCommunityInterviewStore>();
        services.AddSingleton<IPlatformStateStore, LiteDbPlatformStateStore>();
        services.AddSingleton<ILeaseStore, LiteDbLeaseStore>();
        services.AddSingleton<IdleConversationSweeper>();
        services.AddHostedService<ConversationRetentionService>();
        return services;
    }
}
