using System.Net.WebSockets;
using CareerBot.Discord.Health;
using CareerBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Gateway;

/// <summary>
/// Keeps the bot connected: discovers the gateway URL, connects, and after every connection decides to Resume,
/// Identify afresh (never faster than one Identify per 5 s) or stop on a fatal close code, with back-off in between.
/// </summary>
internal sealed class GatewayClient(
    DiscordRestClient rest,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    Random random,
    DiscordGatewayStatus status,
    ILoggerFactory loggerFactory)
{
    public static readonly TimeSpan IdentifySpacing = TimeSpan.FromSeconds(5);

    private readonly ILogger logger = loggerFactory.CreateLogger<GatewayClient>();
    private readonly ReconnectBackoff backoff = new(random);
    private string? gatewayUrl;
    private DateTimeOffset? lastIdentify;
    private int failedResumes;

    public GatewaySession Session { get; } = new();

    /// <summary>Runs until cancelled; throws <see cref="GatewayFatalException"/> when Discord refuses the bot for good.</summary>
    public async Task RunAsync(IGatewayDispatchHandler handler, CancellationToken cancellationToken)
    {
        var value = options.Value;
        var identity = new GatewayIdentity(value.BotToken, value.Intents, value.ShardId, value.ShardCount);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outcome = await ConnectOnceAsync(identity, handler, cancellationToken);
            if (outcome.Action == ReconnectAction.Fatal)
            {
                Log.GatewayFatal(logger, outcome.CloseCode, outcome.Reason);
                throw new GatewayFatalException(outcome.CloseCode, outcome.Reason);
            }

            if (outcome.Action == ReconnectAction.Identify)
            {
                Session.Reset();
            }

            var delay = backoff.Next(outcome);
            Log.GatewayReconnecting(logger, outcome.Reason, outcome.CloseCode, Session.CanResume, delay.TotalMilliseconds);
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    private async Task<ConnectionOutcome> ConnectOnceAsync(GatewayIdentity identity, IGatewayDispatchHandler handler, CancellationToken cancellationToken)
    {
        var resuming = Session.CanResume;
        var url = resuming ? Session.ResumeGatewayUrl : await DiscoverAsync(cancellationToken);
        if (url is null)
        {
            return new ConnectionOutcome(ReconnectAction.Identify, "gateway discovery failed");
        }

        if (!resuming)
        {
            await WaitForIdentifySlotAsync(cancellationToken);
        }

        using var socket = new ClientWebSocket();
        try
        {
            using var connectTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(30), time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, connectTimeout.Token);
            await socket.ConnectAsync(WithQuery(url), linked.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or UriFormatException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Log.GatewayConnectFailed(logger, ex);
            return ConnectFailed(resuming);
        }

        failedResumes = 0;
        using var connection = new GatewayConnection(socket, Session, identity, handler, time, random, status, logger);
        try
        {
            return await connection.RunAsync(cancellationToken);
        }
        finally
        {
            status.Disconnected();
        }
    }

    private ConnectionOutcome ConnectFailed(bool resuming)
    {
        if (!resuming)
        {
            gatewayUrl = null; // re-discover: the cached URL may be stale
            return new ConnectionOutcome(ReconnectAction.Identify, "could not connect");
        }

        // A resume URL that keeps failing is given up after three tries.
        return ++failedResumes >= 3
            ? new ConnectionOutcome(ReconnectAction.Identify, "could not connect to the resume URL")
            : new ConnectionOutcome(ReconnectAction.Resume, "could not connect to the resume URL");
    }

    private async Task<string?> DiscoverAsync(CancellationToken cancellationToken)
    {
        if (gatewayUrl is not null)
        {
            return gatewayUrl;
        }

        var result = await rest.GetGatewayBotAsync(cancellationToken);
        if (result.Value is not { } info)
        {
            if (result.Error is { HttpStatus: 401 })
            {
                throw new GatewayFatalException(401, "GET /gateway/bot was refused (401): check Discord:BotToken");
            }

            return null;
        }

        if (info.SessionStartLimit is { Remaining: 0, ResetAfter: > 0 } limit)
        {
            // Out of daily Identifies: hitting the limit would reset the token, so wait it out.
            Log.GatewayIdentifyBudgetExhausted(logger, limit.ResetAfter);
            await Task.Delay(TimeSpan.FromMilliseconds(limit.ResetAfter), time, cancellationToken);
        }

        gatewayUrl = info.Url;
        return gatewayUrl;
    }

    private async Task WaitForIdentifySlotAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (lastIdentify is { } last && now - last < IdentifySpacing)
        {
            await Task.Delay(last + IdentifySpacing - now, time, cancellationToken);
        }

        lastIdentify = time.GetUtcNow();
    }

    private static Uri WithQuery(string url)
    {
        var builder = new UriBuilder(url) { Query = "v=10&encoding=json" };
        return builder.Uri;
    }
}
