namespace CareerBot.Benchmarks.Startup;

/// <summary>Wall time and peak resident set size of one whole host process; <see cref="Exact"/> when the kernel reported the peak.</summary>
public readonly record struct StartupSample(TimeSpan Elapsed, long PeakBytes, bool Exact);
