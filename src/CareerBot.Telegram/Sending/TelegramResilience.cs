using CareerBot.Core.Messaging;
using CareerBot.Core.Telemetry;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Telegram.Bot.Exceptions;

namespace CareerBot.Telegram.Sending;

/// <summary>The adapter's Polly pipelines: one for sending (429/5xx/timeouts), one for polling (back-off, 409).</summary>
internal static class TelegramResilience
{
    public const string SendPipeline = "careerbot-telegram-send";
    public const string PollPipeline = "careerbot-telegram-poll";

    public static void ConfigureSend(ResiliencePipelineBuilder builder, TelegramOptions options, ILogger logger)
    {
        builder
            .AddTimeout(TimeSpan.FromSeconds(30 + (options.SendTimeoutSeconds * options.MaxSendAttempts)))
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, options.MaxSendAttempts - 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                MaxDelay = TimeSpan.FromSeconds(30),
                // A 429 is not retried here: it goes back to the dispatcher, so only that chat waits and the pacer learns of it.
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && !TelegramFailure.IsTooManyRequests(ex) && TelegramFailure.IsTransient(ex)),
                OnRetry = args =>
                {
                    Log.SendRetry(logger, args.AttemptNumber + 1, args.RetryDelay, Describe(args.Outcome.Exception));
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(TimeSpan.FromSeconds(options.SendTimeoutSeconds));
    }

    public static void ConfigurePoll(ResiliencePipelineBuilder builder, BotMetrics metrics, ILogger logger)
    {
        builder.AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = int.MaxValue,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromSeconds(1),
            MaxDelay = TimeSpan.FromSeconds(30),
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is not null and not OperationCanceledException),
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(args.Outcome.Exception switch
            {
                // Another poller holds the bot (or a webhook is set): wait long enough not to fight it.
                ApiRequestException { ErrorCode: 409 } => TimeSpan.FromSeconds(15),
                { } ex when TelegramFailure.IsTooManyRequests(ex) => TelegramFailure.RetryAfter(ex),
                _ => null,
            }),
            OnRetry = args =>
            {
                if (args.Outcome.Exception is { } limited && TelegramFailure.IsTooManyRequests(limited))
                {
                    metrics.RateLimited(Platform.Telegram);
                }

                Log.PollRetry(logger, args.AttemptNumber + 1, args.RetryDelay, Describe(args.Outcome.Exception));
                return ValueTask.CompletedTask;
            },
        });
    }

    /// <summary>Error code and type only: exception messages are not logged here (they could echo request data).</summary>
    internal static string Describe(Exception? ex) => ex switch
    {
        ApiRequestException api => $"Bot API error {api.ErrorCode}",
        null => "unknown",
        _ => ex.GetType().Name,
    };
}
