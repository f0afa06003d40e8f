using System.Diagnostics;
using System.Globalization;

namespace CareerBot.Benchmarks.Startup;

/// <summary>
/// One run of the real host as a child process, fed one line then end of input: wall time from start to exit and the
/// peak resident set size of the whole process. With GNU time (<c>/usr/bin/time</c>) the peak is the kernel's own
/// figure; without it, the process's high-water mark is sampled every few milliseconds until it exits (a little low).
/// </summary>
public static class ChildRun
{
    private const string GnuTime = "/usr/bin/time";

    public static async Task<StartupSample> MeasureAsync(string hostDll, string databasePath, string line)
    {
        var figures = Path.GetTempFileName();
        try
        {
            var exact = File.Exists(GnuTime) && OperatingSystem.IsLinux();
            var start = new ProcessStartInfo(exact ? GnuTime : "dotnet")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            if (exact)
            {
                foreach (var argument in (string[])["-f", "%M", "-o", figures, "dotnet"])
                {
                    start.ArgumentList.Add(argument);
                }
            }

            foreach (var argument in (string[])[hostDll, "chat", "--db", databasePath])
            {
                start.ArgumentList.Add(argument);
            }

            var started = Stopwatch.GetTimestamp();
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.StandardInput.WriteLineAsync(line);
            process.StandardInput.Close();
            var sampled = exact ? 0 : await SampleHighWaterMarkAsync(process);
            await process.WaitForExitAsync();
            var elapsed = Stopwatch.GetElapsedTime(started);
            var reply = await stdout;
            await stderr;
            if (process.ExitCode != 0 || reply.Length == 0)
            {
                throw new InvalidOperationException($"The host exited with {process.ExitCode}: {await stderr}");
            }

            var peakKilobytes = exact ? long.Parse((await File.ReadAllTextAsync(figures)).Trim(), CultureInfo.InvariantCulture) : sampled;
            return new StartupSample(elapsed, peakKilobytes * 1024, exact);
        }
        finally
        {
            File.Delete(figures);
        }
    }

    // VmHWM in /proc/<pid>/status is the peak so far; the last value read before the process ends is kept.
    private static async Task<long> SampleHighWaterMarkAsync(Process process)
    {
        var peak = 0L;
        while (!process.HasExited)
        {
            try
            {
                foreach (var status in await File.ReadAllLinesAsync($"/proc/{process.Id}/status"))
                {
                    if (status.StartsWith("VmHWM:", StringComparison.Ordinal))
                    {
                        peak = Math.Max(peak, long.Parse(status.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture));
                    }
                }
            }
            catch (IOException)
            {
                // The process ended between the check and the read.
            }

            await Task.Delay(2);
        }

        return peak;
    }
}
