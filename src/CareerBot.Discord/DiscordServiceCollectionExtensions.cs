using System.Net.Http.Headers;
using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using CareerBot.Core.Pictures;
using CareerBot.Core.Telemetry;
using CareerBot.Discord.Autocomplete;
using CareerBot.Discord.Commands;
using CareerBot.Discord.Discussions;
using CareerBot.Discord.Delivery;
using CareerBot.Discord.Gateway;
using CareerBot.Discord.Health;
using CareerBot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;

namespace CareerBot.Discord;

/// <summary>Registers the Discord adapter.</summary>
public static class DiscordServiceCollectionExtensions
{
    internal const string UserAgent = "DiscordBot (https://github.com/careerbot/careerbot, 1.0)";

    /// <summary>
    /// Binds the "Discord" section, registers Discord's <see cref="IReplySender"/> for the one delivery path and, when a
    /// bot token is configured, runs the gateway as a hosted service.
    /// </summary>
    public static IServiceCollection AddDiscordAdapter(this IServiceCollection services)
    {
        services.AddDiscordClient();
        services.TryAddSingleton<DiscordBotIdentity>();
        services.TryAddSingleton<InteractionAcknowledgements>();
        services.TryAddSingleton<AutocompleteResponder>(); // job suggestions from the host's OccupationLookup when it has one
        services.TryAddSingleton<DeliveryPictures>(); // draws with the host's IPictureRenderer; none registered: text alone
        services.TryAddSingleton<ReplyWriter>();
        services.TryAddSingleton<PrivateChatDelivery>();
        services.AddSingleton<IReplySender, DiscordReplySender>();
        services.TryAddSingleton<CommandRegistrar>();
        services.AddSingleton<IChannelPoster, DiscordChannelPoster>();

        // Always registered but inert without Discord:BotToken: the token is only known once configuration is built.
        services.AddHostedService<DiscordBotService>();
        services.AddSingleton(sp => new ChatAdapter(Platform.Discord, sp.GetRequiredService<IOptions<DiscordOptions>>().Value.IsEnabled));
        services.AddHealthCheckRegistration<DiscordHealthCheck>(DiscordHealthCheck.Name);
        return services;
    }

    /// <summary>
    /// The gateway and REST client alone (also used by tests); the saved session needs an IPlatformStateStore and the
    /// IDENTIFY pacing an ILeaseStore (shared by every shard's process when the store spans processes).
    /// </summary>
    internal static IServiceCollection AddDiscordClient(this IServiceCollection services)
    {
        services.AddOptions<DiscordOptions>()
            .BindConfiguration(DiscordOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(Random.Shared);
        services.AddMetrics();
        services.TryAddSingleton<BotMetrics>();
        services.AddHttpClient(DiscordRestClient.HttpClientName, (sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<DiscordOptions>>().Value;
                http.BaseAddress = new Uri(options.ApiBaseUrl.TrimEnd('/') + "/");
                http.Timeout = TimeSpan.FromSeconds(30);
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", options.BotToken);
                http.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
            })
            .RemoveAllLoggers(); // request URLs carry interaction tokens
        services.AddResiliencePipeline<string, RestResponse>(DiscordRestClient.WritePipeline, (builder, context) =>
        {
            builder.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
            RestPipelines.ConfigureWrite(builder);
        });
        services.AddResiliencePipeline<string, RestResponse>(DiscordRestClient.ReadPipeline, (builder, context) =>
        {
            builder.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
            RestPipelines.ConfigureRead(builder);
        });
        services.TryAddSingleton<RestRateLimiter>();
        services.TryAddSingleton<DiscordRestClient>();
        services.TryAddSingleton<DiscordGatewayStatus>();
        services.TryAddSingleton<GatewaySessionStore>();
        services.TryAddSingleton(_ => new ProcessIdentity()); // the host's, when it registered one first
        services.TryAddSingleton<IdentifyPacer>(); // its ILeaseStore comes from the storage project
        services.TryAddSingleton<GatewayClient>();
        return services;
    }
}
