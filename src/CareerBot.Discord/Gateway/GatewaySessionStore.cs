using System.Text.Json;
using CareerBot.Core.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Gateway;

/// <summary>
/// Keeps the gateway session in the adapter state store so that a restarted bot can RESUME it: written at READY, then
/// at a heartbeat ACK at most every <see cref="DiscordOptions.SessionSaveSeconds"/>, removed when the session ends.
/// Never one write per dispatch.
/// <para>
/// Which sequence is written matters. On RESUME Discord replays every dispatch after the sequence sent. A sequence
/// behind the truth only replays a few events more: a message or interaction whose turn was stored is dropped by the
/// turn store (handled-event ids), its undelivered replies come from the outbox, and an interaction acknowledged before
/// the crash is refused a second acknowledgement with 40060, which the router logs and then runs the turn, so a
/// crash between acknowledgement and turn loses nothing. A sequence ahead of what was stored would lose the events in
/// between for good (they sat in the dead process's queues), so the one written is <see cref="HandledSequence"/>:
/// every dispatch up to it has had its turn stored. Failures are logged and never break the connection: the worst
/// outcome is an Identify after the restart, which is what happened before sessions were saved.
/// </para>
/// </summary>
internal sealed class GatewaySessionStore(
    IServiceScopeFactory scopes,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<GatewaySessionStore> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DateTimeOffset? _lastSaved;
    private bool _ended;

    private string Key => $"discord:gateway:session:{options.Value.ShardId}";

    /// <summary>The saved session when it may still be resumed: young enough, same intents and shard.</summary>
    public async Task<SavedGatewaySession?> LoadAsync(CancellationToken cancellationToken)
    {
        var value = options.Value;
        SavedGatewaySession? saved;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var text = await scope.ServiceProvider.GetRequiredService<IPlatformStateStore>().GetAsync(Key, cancellationToken);
            saved = text is null ? null : JsonSerializer.Deserialize<SavedGatewaySession>(text, DiscordJson.Options);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.GatewaySessionUnavailable(logger, ex);
            return null;
        }

        if (saved is null)
        {
            return null;
        }

        var age = time.GetUtcNow() - saved.SavedAt;
        if (age < TimeSpan.Zero || age > TimeSpan.FromSeconds(value.ResumeWindowSeconds)
            || (saved.Intents, saved.ShardId, saved.ShardCount) != (value.Intents, value.ShardId, value.ShardCount))
        {
            Log.GatewaySessionNotResumable(logger, (long)age.TotalSeconds, value.ResumeWindowSeconds);
            return null;
        }

        Log.GatewaySessionFound(logger, (long)age.TotalSeconds, saved.Sequence);
        return saved;
    }

    /// <summary>At READY: the new session, whatever was written last.</summary>
    public Task SaveAsync(GatewaySession session, CancellationToken cancellationToken) =>
        WriteAsync(session, onlyIfDue: false, cancellationToken);

    /// <summary>At a heartbeat ACK: the handled sequence, when the last write is older than the save interval.</summary>
    public Task SaveIfDueAsync(GatewaySession session, CancellationToken cancellationToken) =>
        WriteAsync(session, onlyIfDue: true, cancellationToken);

    /// <summary>The session is gone (invalid, or a new one is about to be identified): nothing to resume.</summary>
    public Task ClearAsync(CancellationToken cancellationToken) => RemoveAsync(end: false, cancellationToken);

    /// <summary>
    /// Shutdown (the connection closed with 1000, which ends the session on Discord's side) or a fatal close: removes
    /// the session, and any save still under way on the connection's receive loop is dropped.
    /// </summary>
    public Task EndAsync() => RemoveAsync(end: true, CancellationToken.None);

    public void Dispose() => _gate.Dispose();

    private async Task WriteAsync(GatewaySession session, bool onlyIfDue, CancellationToken cancellationToken)
    {
        var value = options.Value;
        var now = time.GetUtcNow();
        if (session is not { SessionId: { } id, ResumeGatewayUrl: { } url } || (onlyIfDue && now - _lastSaved < TimeSpan.FromSeconds(value.SessionSaveSeconds)))
        {
            return;
        }

        var saved = new SavedGatewaySession(id, url, session.Handled.Value, session.UserId, session.ApplicationId, value.Intents, value.ShardId, value.ShardCount, now);
        await StoreAsync(JsonSerializer.Serialize(saved, DiscordJson.Options), end: false, cancellationToken);
    }

    private Task RemoveAsync(bool end, CancellationToken cancellationToken) => StoreAsync(null, end, cancellationToken);

    private async Task StoreAsync(string? text, bool end, CancellationToken cancellationToken)
    {
        try
        {
            await _gate.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        try
        {
            _ended |= end;
            if (_ended && text is not null)
            {
                return; // a save that was still under way when the session ended
            }

            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IPlatformStateStore>().SetAsync(Key, text, cancellationToken);
            _lastSaved = text is null ? null : time.GetUtcNow();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The connection is closing; EndAsync or the next READY writes what holds then.
        }
        catch (Exception ex)
        {
            Log.GatewaySessionNotSaved(logger, ex);
        }
        finally
        {
            _gate.Release();
        }
    }
}
