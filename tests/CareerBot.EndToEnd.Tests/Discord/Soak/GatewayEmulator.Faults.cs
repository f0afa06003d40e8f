using System.Diagnostics;

namespace CareerBot.EndToEnd.Tests.Discord.Soak;

/// <summary>The gateway faults: drop, op 7, op 9 (resumable or not), zombie, and the pause that precedes a SIGKILL.</summary>
internal sealed partial class GatewayEmulator
{
    private bool _paused;
    private bool _zombie;
    private bool _invalidateNextResume;
    private bool _overlapNextResume;
    private int _lastHeartbeatSeq;

    /// <summary>READYs plus RESUMEDs so far: a fault is over once this grew and a connection is live.</summary>
    public int SessionsStarted => Counters.Identifies + Counters.Resumes - Counters.InvalidSessionNotResumable;

    public bool IsLive => Volatile.Read(ref _live) is not null;

    /// <summary>The socket closed abruptly, no close frame (as a network failure looks to the bot).</summary>
    public Task DropAsync() => WithLiveAsync(connection =>
    {
        connection.Drop();
        return Task.CompletedTask;
    });

    /// <summary>A drop after which the RESUME replays up to five dispatches the bot had already received.</summary>
    public async Task DropAndReplayOverlapAsync()
    {
        await WithGateAsync(() => _overlapNextResume = true);
        await DropAsync();
    }

    /// <summary>Op 7 Reconnect: the bot must reconnect and resume.</summary>
    public Task ReconnectAsync() => WithLiveAsync(connection => SendQuietlyAsync(connection, new { op = 7, d = (object?)null }));

    /// <summary>Op 9 with d = true: the session may be resumed.</summary>
    public Task InvalidSessionResumableAsync() => WithLiveAsync(connection => SendQuietlyAsync(connection, new { op = 9, d = true }));

    /// <summary>
    /// Op 9 with d = false, the way Discord sends it: in answer to a RESUME of a session that is gone. It is sent only
    /// when nothing is left to replay, since a new session never receives an old session's dispatches.
    /// </summary>
    public async Task InvalidSessionNotResumableAsync()
    {
        var before = Counters.InvalidSessionNotResumable;
        for (var attempt = 0; attempt < 10 && Counters.InvalidSessionNotResumable == before; attempt++)
        {
            var sessions = SessionsStarted;
            await WithGateAsync(() => _invalidateNextResume = true);
            await ReconnectAsync();
            await WaitUntilAsync(() => Counters.InvalidSessionNotResumable > before || (SessionsStarted > sessions && IsLive), TimeSpan.FromSeconds(30));
        }

        await WithGateAsync(() => _invalidateNextResume = false);
    }

    /// <summary>Heartbeat ACKs stop and dispatches stop arriving (they are kept for the RESUME).</summary>
    public Task ZombieAsync() => WithGateAsync(() => _zombie = _live is not null);

    /// <summary>Holds new dispatches back until the bot confirmed (by heartbeat) every one sent, so a kill now loses none.</summary>
    public async Task PauseAsync()
    {
        await WithGateAsync(() => _paused = true);
        await WaitUntilAsync(() => Volatile.Read(ref _lastHeartbeatSeq) >= Volatile.Read(ref _sequence), TimeSpan.FromSeconds(10));
    }

    public async Task UnpauseAsync()
    {
        await _gate.WaitAsync();
        try
        {
            _paused = false;
            if (_sessionId is not null && _live is not null)
            {
                await BecomeHealthyAsync();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The emulator's state in one line, for a soak that stopped moving.</summary>
    public string Describe() =>
        $"session {_sessionId ?? "none"}, live {_live is not null}, paused {_paused}, zombie {_zombie}, seq {Volatile.Read(ref _sequence)}, " +
        $"bot's heartbeat seq {Volatile.Read(ref _lastHeartbeatSeq)}, waiting {_waiting.Count}, identifies {Counters.Identifies}, resumes {Counters.Resumes}";

    /// <summary>Waits until a session newer than <paramref name="sessionsBefore"/> is live.</summary>
    public Task WaitForRecoveryAsync(int sessionsBefore, TimeSpan timeout) =>
        WaitUntilAsync(() => SessionsStarted > sessionsBefore && IsLive, timeout);

    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew(); // real time: the bot process runs on the wall clock
        while (!condition())
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException("The gateway did not reach the expected state in time.");
            }

            await Task.Delay(20);
        }
    }

    private async Task WithLiveAsync(Func<CareerBot.Discord.Tests.Fakes.FakeGatewayConnection, Task> action)
    {
        await _gate.WaitAsync();
        try
        {
            if (_live is { } connection)
            {
                await action(connection);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task WithGateAsync(Action action)
    {
        await _gate.WaitAsync();
        try
        {
            action();
        }
        finally
        {
            _gate.Release();
        }
    }
}
