using System.Globalization;
using System.Text;

namespace CareerBot.EndToEnd.Tests.Telegram.Soak;

/// <summary>The measured table of one soak run, as Markdown (artifacts/soak/telegram.md and the test output).</summary>
internal sealed record SoakOutcome(
    SoakSettings Settings,
    int Seed,
    int Kills,
    IReadOnlyDictionary<string, int> Faults,
    IReadOnlyList<PersonResult> People,
    IReadOnlyList<ChatTally> Chats,
    TimeSpan WallTime,
    int BotMessages,
    long PeakMemoryBytes,
    int ErrorLogLines,
    IReadOnlyList<string> DuplicateNotes,
    int KillWindowDuplicates)
{
    /// <summary>The fault kinds a soak injects (see <see cref="FaultRule.Kind"/>).</summary>
    public static IReadOnlyList<string> FaultKinds { get; } = ["429", "500", "slow", "drop"];

    public int Expected => Chats.Sum(c => c.Expected);

    public int Delivered => Chats.Sum(c => c.Delivered);

    public int Duplicated => Chats.Sum(c => c.Duplicated);

    public int Lost => Chats.Sum(c => c.Lost);

    public int Unexpected => Chats.Sum(c => c.Unexpected);

    public string ToMarkdown()
    {
        var s = Settings;
        var latencies = People.SelectMany(p => p.LatenciesMs).Order().ToList();
        var firstReplies = People.SelectMany(p => p.FirstReplyLatenciesMs).Order().ToList();
        var finished = People.Count(p => p.GaveUp is null);
        var text = new StringBuilder();
        text.AppendLine(Invariant($"## Telegram soak ({s.Name}) — real CareerBot.dll against the emulator"));
        text.AppendLine();
        text.AppendLine("| Measure | Value |");
        text.AppendLine("|---|---|");
        Row(text, "Load", $"{s.People:N0} people × {s.Turns} turns = {s.People * s.Turns:N0} turns, concurrent, {ReferenceRecorder.VariantCount} scripted variants");
        Row(text, "Bot pacing", $"global 30 msg/s (default), per chat {s.PerChatIntervalMilliseconds} ms");
        Row(text, "SIGKILL + restart", $"{Kills} (at random points of the run)");
        Row(text, "Faults injected", FaultSummary());
        Row(text, "Replies expected", $"{Expected:N0}");
        Row(text, "Replies delivered", $"{Delivered:N0}");
        Row(text, "Duplicated", $"{Duplicated:N0} (of which {KillWindowDuplicates} with a SIGKILL between Telegram accepting the message and the bot recording it)");
        Row(text, "Lost", $"{Lost:N0}");
        Row(text, "Unexpected replies", $"{Unexpected:N0}");
        Row(text, "Chats in exact order", $"{Chats.Count(c => c.InOrder):N0} / {Chats.Count:N0}");
        Row(text, "People who finished", $"{finished:N0} / {People.Count:N0}");
        Row(text, "Wall time (soak phase)", $"{WallTime.TotalSeconds:F0} s");
        Row(text, "Bot messages sent", $"{BotMessages:N0} ({BotMessages / Math.Max(1, WallTime.TotalSeconds):F1} msg/s)");
        Row(text, "Wait for a turn's first reply", Spread(firstReplies));
        Row(text, "Wait for a turn's replies", Spread(latencies));
        Row(text, "Bot peak memory (VmHWM)", PeakMemoryBytes == 0 ? "n/a" : $"{PeakMemoryBytes / 1024.0 / 1024.0:F0} MB");
        Row(text, "Error log lines (fail:)", $"{ErrorLogLines:N0}");
        Row(text, "Fault seed", $"{Seed}");
        Row(text, "Person's requests repeated by HTTP retries (absorbed)", $"{Faults.GetValueOrDefault("repeatedActions")}");
        foreach (var note in DuplicateNotes.Concat(People.Where(p => p.GaveUp is not null).Take(10).Select(p => $"chat {p.ChatId}: {p.GaveUp}")))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
        }

        return text.ToString();
    }

    private string FaultSummary()
    {
        string Kind(string kind) => Faults.GetValueOrDefault(kind).ToString("N0", CultureInfo.InvariantCulture);
        var sends = string.Join(", ", FaultKinds.Select(k => $"{k} {Faults.GetValueOrDefault("sendMessage:" + k)}"));
        var rule429 = Settings.Faults.FirstOrDefault(f => f.Kind == "429")?.RetryAfterSeconds;
        var slow = Settings.Faults.FirstOrDefault(f => f.Kind == "slow");
        return $"429 (retry_after {rule429} s): {Kind("429")}; 500: {Kind("500")}; slow ({slow?.MinMs}–{slow?.MaxMs} ms): {Kind("slow")}; "
            + $"dropped connections: {Kind("drop")} — of which on sendMessage: {sends}; slow requests abandoned by a killed bot: {Kind("abandoned")}";
    }

    /// <summary>"p50 …, p95 …, max …" in seconds of sorted milliseconds; "-" when there are none.</summary>
    public static string Spread(IReadOnlyList<double> sortedMs) => sortedMs.Count == 0
        ? "-"
        : Invariant($"p50 {At(sortedMs, 0.5) / 1000:F1} s, p95 {At(sortedMs, 0.95) / 1000:F1} s, max {sortedMs[^1] / 1000:F1} s");

    public static double At(IReadOnlyList<double> sorted, double quantile) => sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(quantile * sorted.Count))];

    private static void Row(StringBuilder text, string name, string value) => text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {value} |");

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
