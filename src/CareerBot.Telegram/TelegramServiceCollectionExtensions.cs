using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using CareerBot.Core.Pictures;
using CareerBot.Core.Telemetry;
using CareerBot.Telegram.Health;
using CareerBot.Telegram.Inline;
using CareerBot.Telegram.Polling;
using CareerBot.Telegram.Sending;
using CareerBot.Telegram.Webhook;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Telemetry;
using Microsoft.Extensions.Logging.Abstractions;
using Telegram.Bot;

namespace CareerBot.Telegram;

/// <summary>Registers the Telegram adapter.</summary>
public static class TelegramServiceCollectionExtensions
{
    public const string HttpClientName = "CareerBot.Telegram";

    /// <summary>
    /// Registers the adapter only when Telegram:BotToken is configured (read from the host's configuration already in
    /// <paramref name="services"/>): its polling service, or in webhook mode its webhook set-up and the
    /// <see cref="TelegramWebhookReceiver"/> the host's POST /telegram/webhook hands requests to.
    /// </summary>
    public static IServiceCollection AddTelegramAdapter(this IServiceCollection services)
    {
        if (!HasToken(services))
        {
            return services;
        }

        services.AddOptions<TelegramOptions>()
            .BindConfiguration(TelegramOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<BotMetrics>();
        services.TryAddSingleton(new ProcessIdentity());

        // The client logs request URIs, which contain the token: no HttpClient logging for this client.
        services.AddHttpClient(HttpClientName)
            .ConfigureHttpClient((sp, http) =>
                http.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<TelegramOptions>>().Value.PollTimeoutSeconds + 15))
            .RemoveAllLoggers();
        services.AddSingleton<ITelegramBotClient>(sp => CreateClient(
            sp.GetRequiredService<IOptions<TelegramOptions>>().Value,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)));

        services.AddResiliencePipeline(TelegramResilience.SendPipeline, (builder, context) =>
        {
            Quiet(builder, context.ServiceProvider);
            TelegramResilience.ConfigureSend(
                builder,
                context.ServiceProvider.GetRequiredService<IOptions<TelegramOptions>>().Value,
                context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TelegramResilience)));
        });
        services.AddResiliencePipeline(TelegramResilience.PollPipeline, (builder, context) =>
        {
            Quiet(builder, context.ServiceProvider);
            TelegramResilience.ConfigurePoll(
                builder,
                context.ServiceProvider.GetRequiredService<BotMetrics>(),
                context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TelegramResilience)));
        });

        services.AddSingleton<TokenRedactor>();
        services.AddSingleton<BotIdentityProvider>();
        services.AddSingleton<OutboundPacer>();
        services.AddSingleton<TelegramChatState>();
        services.AddSingleton<ChatDirectory>();
        services.AddSingleton<OutboundCall>();
        services.TryAddSingleton<DeliveryPictures>();
        services.AddSingleton<CardPhotoIds>();
        services.AddSingleton<InlineQueryAnswerer>();
        services.AddSingleton<BotDescriptionsPublisher>();
        services.AddSingleton<TelegramReplySender>();
        services.AddSingleton<IReplySender>(sp => sp.GetRequiredService<TelegramReplySender>());
        services.AddSingleton<ModeratorCheck>();
        services.AddSingleton<BotCommandsPublisher>();
        services.AddSingleton<ButtonAcknowledger>();
        services.AddHostedService(sp => sp.GetRequiredService<ButtonAcknowledger>());
        services.AddSingleton<UpdateHandler>();
        services.AddSingleton<UpdateTurns>();
        services.AddSingleton<UpdateSource>();
        services.AddSingleton<WebhookRegistration>();
        services.AddSingleton<TelegramStartup>();
        services.AddSingleton<PollerLease>();
        services.AddHostedService<TelegramPollingService>();
        services.AddHostedService<TelegramWebhookService>();
        services.AddSingleton(sp => new TelegramWebhookReceiver(
            sp.GetRequiredService<UpdateHandler>(),
            sp.GetRequiredService<TelegramStatus>(),
            sp.GetRequiredService<TokenRedactor>(),
            sp.GetRequiredService<IOptions<TelegramOptions>>(),
            sp.GetRequiredService<ILogger<TelegramWebhookReceiver>>()));
        services.AddSingleton(new ChatAdapter(Platform.Telegram, IsConfigured: true));
        services.AddSingleton<IChannelPoster, TelegramChannelPoster>();
        services.AddSingleton<TelegramStatus>();
        services.AddHealthCheckRegistration<TelegramHealthCheck>(TelegramHealthCheck.Name);
        return services;
    }

    /// <summary>
    /// Our own clock, and Polly's telemetry without logs: its log lines carry exception text, which may hold the
    /// request URL and therefore the token. The adapter logs retries itself (<see cref="TelegramResilience"/>).
    /// </summary>
    private static void Quiet(ResiliencePipelineBuilder builder, IServiceProvider services)
    {
        builder.TimeProvider = services.GetRequiredService<TimeProvider>();
        builder.ConfigureTelemetry(new TelemetryOptions { LoggerFactory = NullLoggerFactory.Instance });
    }

    internal static TelegramBotClient CreateClient(TelegramOptions options, HttpClient httpClient)
    {
        var baseUrl = string.IsNullOrWhiteSpace(options.ApiBaseUrl) ? null : options.ApiBaseUrl;

        // RetryThreshold 0: the package must not swallow 429s with its own silent sleep; our Polly pipeline honours them.
        var clientOptions = new TelegramBotClientOptions(options.BotToken, baseUrl) { RetryThreshold = 0, RetryCount = 1 };
        return new TelegramBotClient(clientOptions, httpClient);
    }

    private static bool HasToken(IServiceCollection services)
    {
        // HostApplicationBuilder registers its configuration as a factory that ignores the provider.
        var descriptor = services.LastOrDefault(d => d.ServiceType == typeof(IConfiguration));
        var configuration = descriptor?.ImplementationInstance as IConfiguration;
        if (configuration is null && descriptor?.ImplementationFactory is { } factory)
        {
            using var empty = new ServiceCollection().BuildServiceProvider();
            configuration = factory(empty) as IConfiguration;
        }

        return !string.IsNullOrWhiteSpace(configuration?[$"{TelegramOptions.SectionName}:{nameof(TelegramOptions.BotToken)}"]);
    }
}
