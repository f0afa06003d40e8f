using CareerBot.Core.Messaging;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging.Delivery;
using CareerBot.Core.Occupations;
using CareerBot.Core.Pictures;
using CareerBot.Core.Texts;
using CareerBot.Core.Stories;
using CareerBot.Core.Telemetry;
using CareerBot.Storage.LiteDb;
using CareerBot.Storage.LiteDb.Conversations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Dialogue;

/// <summary>
/// Registers the interview: engine, turn processor (counted), stories, the one delivery path (counted) and their
/// settings, with Pictures:Enabled as <see cref="DialogueSettings.Pictures"/> (read by the dialogue and, through
/// <see cref="DeliveryPictures"/>, by every adapter).
/// </summary>
internal static class DialogueServiceCollectionExtensions
{
    public static IServiceCollection AddDialogue(this IServiceCollection services)
    {
        services.AddOptions<DialogueOptions>()
            .BindConfiguration(DialogueOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<PicturesOptions>().BindConfiguration(PicturesOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IStoryTeller>(sp => StoryTeller.Load(
            Path.Combine(AppContext.BaseDirectory, sp.GetRequiredService<IOptions<StorageOptions>>().Value.SeedsPath, "stories.json"),
            sp.GetRequiredService<IOccupationCatalog>()));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DialogueOptions>>().Value;
            var conversations = sp.GetRequiredService<IOptions<ConversationStoreOptions>>().Value;
            return new DialogueSettings
            {
                IdleGreetingAfter = options.IdleGreetingAfter,
                MaxMessageLength = options.MaxMessageLength,
                RetainIdleFor = conversations.RetainIdleFor,
                Pictures = sp.GetRequiredService<IOptions<PicturesOptions>>().Value.Enabled,
                Sources = [.. DataSources.All.Select(source => source.ListLine(Language.English))],
                SourcesDutch = [.. DataSources.All.Select(source => source.ListLine(Language.Dutch))],
            };
        });
        services.AddSingleton<DialogueEngine>();
        services.AddSingleton<OccupationLookup>();
        // Turns and replies are counted by decorators (Core.Telemetry), so the processor and the dispatcher stay as they are.
        services.AddSingleton<TurnProcessor>();
        services.AddSingleton<ITurnProcessor>(sp => new MeteredTurnProcessor(
            sp.GetRequiredService<TurnProcessor>(), sp.GetRequiredService<BotMetrics>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(new ProcessIdentity());
        services.AddSingleton(sp =>
        {
            var metrics = sp.GetRequiredService<BotMetrics>();
            var dispatcher = new OutboxDispatcher(
                sp.GetServices<IReplySender>().Select(sender => new MeteredReplySender(sender, metrics)),
                sp.GetRequiredService<IConversationStore>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<OutboxDispatcher>>(),
                leases: sp.GetService<ILeaseStore>(),
                identity: sp.GetRequiredService<ProcessIdentity>());
            metrics.ObservePending(() => dispatcher.Pending);
            return dispatcher;
        });
        services.TryAddSingleton<DeliveryPictures>();
        services.AddHostedService<OutboxDeliveryService>();
        return services;
    }
}
