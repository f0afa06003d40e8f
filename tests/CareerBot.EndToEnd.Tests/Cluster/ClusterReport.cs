using System.Globalization;
using System.Text;
using CareerBot.EndToEnd.Tests.Telegram.Soak;

namespace CareerBot.EndToEnd.Tests.Cluster;

/// <summary>The cluster soak's measured table, as Markdown (artifacts/soak/cluster.md and the test output).</summary>
internal static class ClusterReport
{
    public static string Render(
        ClusterSize size,
        int seed,
        int telegramProcesses,
        int discordProcesses,
        IReadOnlyList<string> kills,
        TelegramTally telegram,
        DiscordTally discord,
        IReadOnlyList<PersonResult> telegramPeople,
        IReadOnlyList<WeeklyPosts> weekly,
        long leftInOutbox,
        TimeSpan wall,
        CpuUse cpu,
        WebhookForwarder forwarder,
        int errorLines,
        IReadOnlyList<ScalingRun> scaling)
    {
        var text = new StringBuilder();
        var firstReplies = telegramPeople.SelectMany(p => p.FirstReplyLatenciesMs).Order().ToList();
        var latencies = telegramPeople.SelectMany(p => p.LatenciesMs).Order().ToList();
        text.AppendLine(Invariant($"## Cluster soak ({size.Name}) — {telegramProcesses} Telegram webhook + {discordProcesses} Discord shard processes on one PostgreSQL"));
        text.AppendLine();
        text.AppendLine("| Measure | Telegram | Discord |");
        text.AppendLine("|---|---|---|");
        Row(text, "People × turns", $"{size.TelegramPeople:N0} × {size.Turns}", $"{size.DiscordPeople:N0} × {size.Turns}");
        Row(text, "Replies expected", $"{telegram.Expected:N0}", $"{discord.Expected:N0}");
        Row(text, "Replies delivered", $"{telegram.Delivered:N0}", $"{discord.Delivered:N0}");
        Row(text, "Duplicated", $"{telegram.Duplicated:N0} (of which {telegram.KillWindowDuplicates} in a kill window)", $"{discord.Duplicated:N0}");
        Row(text, "Lost", $"{telegram.Lost:N0}", $"{discord.Lost:N0}");
        Row(text, "Unexpected", $"{telegram.Unexpected:N0}", "-");
        Row(text, "Chats in exact order", $"{telegram.InOrder:N0} / {telegram.Chats.Count:N0}", "-");
        Row(text, "People who finished", $"{telegram.Finished:N0} / {size.TelegramPeople:N0}", $"{discord.TimedOutTurns:N0} turns timed out");
        text.AppendLine();
        text.AppendLine("| Measure | Value |");
        text.AppendLine("|---|---|");
        Row(text, "SIGKILL + restart", $"{kills.Count} (one process at random every {size.KillEvery.TotalSeconds:F0} s): {string.Join("; ", kills)}");
        Row(text, "Weekly slots (posts per group, want 1 each)", string.Join(", ", weekly));
        Row(text, "Replies left in the outbox at the end", $"{leftInOutbox}");
        Row(text, "Webhook updates forwarded / attempts that met a dead or failing process", $"{forwarder.Forwarded:N0} / {forwarder.Skipped:N0}");
        Row(text, "Wall time (soak phase)", $"{wall.TotalSeconds:F0} s");
        Row(text, "Telegram: wait for a turn's first reply", SoakOutcome.Spread(firstReplies));
        Row(text, "Telegram: wait for a turn's replies", SoakOutcome.Spread(latencies));
        Row(text, "CPU during the soak phase", cpu.Describe(wall));
        Row(text, "Error log lines (fail:) in all processes", $"{errorLines:N0}");
        Row(text, "Seed", $"{seed}");
        foreach (var note in telegram.DuplicateNotes.Concat(discord.Notes).Take(20))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
        }

        if (scaling.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("### Telegram throughput by webhook processes (burst, no kills; each process paces itself at 30 msg/s)");
            text.AppendLine();
            text.AppendLine("| Processes | People × turns | Replies sent | Wall | Replies/s | First reply | Finished | CPU |");
            text.AppendLine("|---|---|---|---|---|---|---|---|");
            foreach (var run in scaling)
            {
                text.AppendLine(run.ToString());
            }
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, string value) => text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {value} |");

    private static void Row(StringBuilder text, string name, string telegram, string discord) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {telegram} | {discord} |");

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
