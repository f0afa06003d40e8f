using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.EndToEnd.Tests.Discord.Soak;

/// <summary>Identify (a new session, READY) and Resume (the missed dispatches replayed, then RESUMED, or op 9).</summary>
internal sealed partial class GatewayEmulator
{
    private async Task IdentifyAsync(FakeGatewayConnection connection)
    {
        await _gate.WaitAsync();
        try
        {
            Counters.Identifies++;

            // Dispatches of the old session the bot never confirmed (by heartbeat) are gone, as on Discord.
            Counters.AbandonedBySessionChange += _sent.Count(e => e.Seq > Volatile.Read(ref _lastHeartbeatSeq));
            _sent.Clear();
            Volatile.Write(ref _lastHeartbeatSeq, 0);
            _sessionId = "soak-session-" + Counters.Identifies;
            _sequence = 0;
            _zombie = false;
            _live = connection;
            var ready = new { v = 10, user = new { id = _botId, username = "CareerBot", bot = true }, guilds = Array.Empty<object>(), session_id = _sessionId, resume_gateway_url = _server.ResumeUrl, application = new { id = _botId, flags = 0 } };
            await SendNumberedAsync("READY", ready);
            await BecomeHealthyAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task ResumeAsync(FakeGatewayConnection connection, string? session, int seq)
    {
        await _gate.WaitAsync();
        try
        {
            Counters.Resumes++;
            Counters.ResumeSequences.Add(seq);
            // An overlap fault replays a few dispatches the bot already had: they must not be answered twice.
            var from = _overlapNextResume ? Math.Max(1, seq - 5) : seq;
            var missed = _sent.Where(e => e.Seq > from).ToList();
            if (session != _sessionId || (_invalidateNextResume && !_sent.Any(e => e.Seq > seq)))
            {
                // Not resumable: Discord says op 9 false; the bot must Identify afresh.
                _invalidateNextResume = false;
                Counters.InvalidSessionNotResumable++;
                _sessionId = null;
                _sent.Clear();
                await SendQuietlyAsync(connection, new { op = 9, d = false });
                return;
            }

            _zombie = false;
            _live = connection;
            if (_overlapNextResume && missed.Count > 0)
            {
                _overlapNextResume = false;
                Counters.ReplayedAlreadySeen += missed.Count(e => e.Seq <= seq);
            }

            foreach (var (s, type, d) in missed)
            {
                Counters.Replayed++;
                await SendQuietlyAsync(connection, new { op = 0, t = type, s, d });
            }

            await SendQuietlyAsync(connection, new { op = 0, t = "RESUMED", s = (int?)null, d = new { } });
            await BecomeHealthyAsync();
        }
        finally
        {
            _gate.Release();
        }
    }
}
