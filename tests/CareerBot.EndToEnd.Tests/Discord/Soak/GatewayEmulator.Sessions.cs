using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.EndToEnd.Tests.Discord.Soak;

/// <summary>Identify (a new session, READY) and Resume (the missed dispatches replayed, then RESUMED, or op 9).</summary>
internal sealed partial class GatewayEmulator
{
    private async Task IdentifyAsync(FakeGatewayConnection connection)
    {
        await gate.WaitAsync();
        try
        {
            Counters.Identifies++;

            // Dispatches of the old session the bot never confirmed (by heartbeat) are gone, as on Discord.
            Counters.AbandonedBySessionChange += sent.Count(e => e.Seq > Volatile.Read(ref lastHeartbeatSeq));
            sent.Clear();
            Volatile.Write(ref lastHeartbeatSeq, 0);
            sessionId = "soak-session-" + Counters.Identifies;
            sequence = 0;
            zombie = false;
            live = connection;
            var ready = new { v = 10, user = new { id = botId, username = "CareerBot", bot = true }, guilds = Array.Empty<object>(), session_id = sessionId, resume_gateway_url = server.ResumeUrl, application = new { id = botId, flags = 0 } };
            await SendNumberedAsync("READY", ready);
            await BecomeHealthyAsync();
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task ResumeAsync(FakeGatewayConnection connection, string? session, int seq)
    {
        await gate.WaitAsync();
        try
        {
            Counters.Resumes++;
            Counters.ResumeSequences.Add(seq);
            // An overlap fault replays a few dispatches the bot already had: they must not be answered twice.
            var from = overlapNextResume ? Math.Max(1, seq - 5) : seq;
            var missed = sent.Where(e => e.Seq > from).ToList();
            if (session != sessionId || (invalidateNextResume && !sent.Any(e => e.Seq > seq)))
            {
                // Not resumable: Discord says op 9 false; the bot must Identify afresh.
                invalidateNextResume = false;
                Counters.InvalidSessionNotResumable++;
                sessionId = null;
                sent.Clear();
                await SendQuietlyAsync(connection, new { op = 9, d = false });
                return;
            }

            zombie = false;
            live = connection;
            if (overlapNextResume && missed.Count > 0)
            {
                overlapNextResume = false;
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
            gate.Release();
        }
    }
}
