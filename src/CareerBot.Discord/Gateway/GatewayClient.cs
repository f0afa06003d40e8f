using System.Net.WebSockets;
using System.Text.Json;
using CareerBot.Discord.Entities;
using CareerBot.Discord.Health;
using CareerBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Gateway;

/// <summary>
/// Keeps the bot connected: discovers the gateway URL, connects, and after every connection decides to Resume,
/// Identify afresh (paced per max_concurrency bucket across processes by <see cref="IdentifyPacer"/>) or stop on a fatal
/// close code, with back-off in between.
/// A session saved by an earlier process (<see cref="GatewaySessionStore"/>) is resumed, so a restart misses nothing.
/// </summary>
internal sealed partial class GatewayClient(
    DiscordRestClient rest,
    GatewaySessionStore sessions,
    IdentifyPacer pacer,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    Random random,
    DiscordGatewayStatus status,
    ILoggerFactory loggerFactory)
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<GatewayClient>();
    private readonly ReconnectBackoff _backoff = new(random);
    private string? _gatewayUrl;
    private int _failedResumes;

    public GatewaySession Session { get; } = new();

    /// <summary>
    /// Runs until cancelled, or until Discord refuses the bot for good (bad token, shard or intents): then returns that
    /// outcome, its reason logged and reported to the health check.
    /// </summary>
    public async Task<ConnectionOutcome> RunAsync(IGatewayDispatchHandler handler, CancellationToken cancellationToken)
    {
        var value = options.Value;
        var identity = new GatewayIdentity(value.BotToken, value.Intents, value.ShardId, value.ShardCount);
        try
        {
            await RestoreAsync(handler, cancellationToken);
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var outcome = await ConnectOnceAsync(identity, handler, cancellationToken);
                if (outcome.Action == ReconnectAction.Fatal)
                {
                    var reason = outcome.CloseCode is { } code ? $"gateway closed with {code}: {outcome.Reason}" : outcome.Reason;
                    await sessions.EndAsync();
                    status.Stopped(reason);
                    Log.GatewayFatal(_logger, reason);
                    return outcome with { Reason = reason };
                }

                if (outcome.Action == ReconnectAction.Identify)
                {
                    Session.Reset();
                    await sessions.ClearAsync(cancellationToken);
                }

                var delay = _backoff.Next(outcome);
                status.Reconnecting();
                Log.GatewayReconnecting(_logger, outcome.Reason, outcome.CloseCode, Session.CanResume, delay.TotalMilliseconds);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the connection closed with 1000, which ends the session on Discord's side.
            await sessions.EndAsync();
            throw;
        }
    }

    // Discord sends no READY on RESUME, so the READY the saved session began with is handed over first: the
    // application learns who it is (user id for mentions, application id for interactions) before the replayed events.
    private async Task RestoreAsync(IGatewayDispatchHandler handler, CancellationToken cancellationToken)
    {
        if (Session.CanResume || await sessions.LoadAsync(cancellationToken) is not { } saved)
        {
            return;
        }

        Session.Restore(saved);
        if (saved.UserId is { } userId)
        {
            var ready = new ReadyData
            {
                V = 10,
                User = new DiscordUser { Id = userId },
                SessionId = saved.SessionId,
                ResumeGatewayUrl = saved.ResumeGatewayUrl,
                Application = saved.ApplicationId is { } application ? new ReadyApplication(application) : null,
            };
            await handler.HandleAsync(new GatewayDispatch(GatewayDispatch.Ready, JsonSerializer.SerializeToElement(ready, DiscordJson.Options), null), cancellationToken);
        }
    }

    private async Task<ConnectionOutcome> ConnectOnceAsync(GatewayIdentity identity, IGatewayDispatchHandler handler, CancellationToken cancellationToken)
    {
        var resuming = Session.CanResume;
        var (url, refused) = resuming ? (Session.ResumeGatewayUrl, false) : await DiscoverAsync(cancellationToken);
        if (refused)
        {
            return new ConnectionOutcome(ReconnectAction.Fatal, "GET /gateway/bot was refused (401): check Discord:BotToken");
        }

        if (url is null)
        {
            return new ConnectionOutcome(ReconnectAction.Identify, "gateway discovery failed");
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
            Log.GatewayConnectFailed(_logger, ex);
            return ConnectFailed(resuming);
        }

        _failedResumes = 0;
        using var connection = new GatewayConnection(socket, Session, sessions, identity, pacer, handler, time, random, status, _logger);
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
            _gatewayUrl = null; // re-discover: the cached URL may be stale
            return new ConnectionOutcome(ReconnectAction.Identify, "could not connect");
        }

        // A resume URL that keeps failing is given up after three tries.
        return ++_failedResumes >= 3
            ? new ConnectionOutcome(ReconnectAction.Identify, "could not connect to the resume URL")
            : new ConnectionOutcome(ReconnectAction.Resume, "could not connect to the resume URL");
    }
}
