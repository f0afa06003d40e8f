using System.Globalization;

namespace CareerBot.EndToEnd.Tests.Cluster;

/// <summary>
/// CPU seconds used so far by groups of processes (read from /proc: utime + stime), so a phase's share per component
/// (bot processes, PostgreSQL, the emulator) shows where the time goes. Zero where /proc is missing.
/// </summary>
internal static class CpuSampler
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    /// <summary>CPU seconds of every process whose command name (comm) is <paramref name="comm"/>, children included once they are reaped.</summary>
    public static double SecondsOf(string comm) =>
        Processes().Where(p => p.Comm == comm).Sum(p => p.Seconds);

    /// <summary>CPU seconds of the given process ids (exited ones count as 0).</summary>
    public static double SecondsOf(IEnumerable<int> ids)
    {
        var wanted = ids.ToHashSet();
        return Processes().Where(p => wanted.Contains(p.Id)).Sum(p => p.Seconds);
    }

    private static IEnumerable<(int Id, string Comm, double Seconds)> Processes()
    {
        if (!Directory.Exists("/proc"))
        {
            yield break;
        }

        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(dir, "stat"));
            }
            catch (IOException)
            {
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            // pid (comm) state ppid ... ; comm may hold spaces, so split after the last ')'.
            var open = stat.IndexOf('(', StringComparison.Ordinal);
            var close = stat.LastIndexOf(')');
            if (open < 0 || close < open)
            {
                continue;
            }

            var fields = stat[(close + 2)..].Split(' ');
            var utime = double.Parse(fields[11], CultureInfo.InvariantCulture);
            var stime = double.Parse(fields[12], CultureInfo.InvariantCulture);
            yield return (id, stat[(open + 1)..close], (utime + stime) / TicksPerSecond);
        }
    }
}
