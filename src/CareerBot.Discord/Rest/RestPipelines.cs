using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace CareerBot.Discord.Rest;

/// <summary>The Polly v8 pipelines of the REST client: overall timeout outermost, then retry.</summary>
internal static class RestPipelines
{
    /// <summary>A 429 asking for longer than this is not waited out inline (the reply stays in the outbox).</summary>
    public static readonly TimeSpan MaxHonouredRetryAfter = TimeSpan.FromSeconds(70);

    public static void ConfigureWrite(ResiliencePipelineBuilder<RestResponse> builder) =>
        Configure(builder, retryTransient: false);

    public static void ConfigureRead(ResiliencePipelineBuilder<RestResponse> builder) =>
        Configure(builder, retryTransient: true);

    private static void Configure(ResiliencePipelineBuilder<RestResponse> builder, bool retryTransient)
    {
        builder
            .AddTimeout(new TimeoutStrategyOptions { Timeout = TimeSpan.FromMinutes(5) })
            .AddRetry(new RetryStrategyOptions<RestResponse>
            {
                MaxRetryAttempts = 3,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Result: { Status: 429, RetryAfter: { } after } } => after <= MaxHonouredRetryAfter,
                    { Result.Status: 502 or 503 or 504 } => retryTransient,
                    { Exception: HttpRequestException } => retryTransient,
                    _ => false,
                }),

                // 429: exactly what Discord asked for; otherwise null = the exponential back-off above.
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
            });
    }
}
