using System.Globalization;
using System.Text;
using CareerBot.EndToEnd.Tests.Telegram;

namespace CareerBot.EndToEnd.Tests.Discord.Soak;

/// <summary>The measured table of the Discord soak, as Markdown for the test output and artifacts/soak/discord.md.</summary>
internal static class SoakReport
{
    public static string Render(SoakSize size, SoakReference reference, SoakTally tally, FaultTally faults, RestEmulator emulator, ReplyLedger ledger, GatewayCounters gateway, int timeouts, TimeSpan wall)
    {
        var rest = emulator.Counters;
        var tracker = emulator.Tracker;
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"## Discord soak ({size.Mode})");
        text.AppendLine();
        text.AppendLine(inv, $"Load: {tally.People} people × {tally.Turns} turns ({tally.People * tally.Turns} events: DMs and slash commands), {reference.PerTurn.Take(tally.Turns).Sum()} replies each; real bot process against the fake Discord (gateway v10 + REST).");
        text.AppendLine();
        text.AppendLine("| Fault | Injected | Back connected, mean s | max s |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var (kind, count, mean, max) in faults.Rows.OrderBy(r => r.Kind, StringComparer.Ordinal))
        {
            text.AppendLine(inv, $"| {kind} | {count} | {mean:F1} | {max:F1} |");
        }

        text.AppendLine(inv, $"| 429 route bucket (scope user) | {rest.InjectedRoute} | | |");
        text.AppendLine(inv, $"| 429 shared resource (scope shared) | {rest.InjectedShared} | | |");
        text.AppendLine(inv, $"| 429 global (X-RateLimit-Global) | {rest.InjectedGlobal} | | |");
        text.AppendLine();
        text.AppendLine("| Replies | Count |");
        text.AppendLine("|---|---:|");
        text.AppendLine(inv, $"| expected | {tally.Expected} |");
        text.AppendLine(inv, $"| delivered | {tally.Delivered} |");
        text.AppendLine(inv, $"| duplicated | {tally.Duplicated} |");
        text.AppendLine(inv, $"| lost | {tally.Lost} |");
        text.AppendLine(inv, $"| people affected | {tally.PeopleAffected} |");
        text.AppendLine();
        text.AppendLine(inv, $"Gateway: {gateway.Connections} connections, {gateway.Identifies} Identify, {gateway.Resumes} Resume, {gateway.Dispatched} dispatches, {gateway.Replayed} replayed on resume (of which {gateway.ReplayedAlreadySeen} the bot had already seen), {gateway.AbandonedBySessionChange} abandoned by a new session.");
        text.AppendLine(inv, $"REST: {rest.Requests} requests; 429s the bot caused itself: {rest.Overran} bucket, {rest.OverranGlobal} global; interactions acknowledged twice: {tracker.DuplicateAcknowledgements} (again after a restart's replay, refused with 40060: {tracker.AcknowledgedAgainAfterRestart}); deferred originals never filled: {tracker.OriginalsNeverFilled}; originals edited again: {ledger.Reedits}; repeated sends caught by nonce: {tracker.NonceRepeats} (of {tracker.NoncesSeen} nonces); turns that waited over 90 s: {timeouts}.");
        text.AppendLine(inv, $"Wall time {wall.TotalSeconds:F0} s; throughput {tally.Delivered / Math.Max(1, wall.TotalSeconds):F1} replies/s, {tally.People * tally.Turns / Math.Max(1, wall.TotalSeconds):F1} turns/s.");
        return text.ToString();
    }

    public static void Write(string report)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "artifacts", "soak");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "discord.md"), report);
    }
}
