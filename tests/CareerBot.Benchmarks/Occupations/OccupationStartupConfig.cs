using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CareerBot.Benchmarks.Occupations;

/// <summary>
/// One fresh database per iteration (an import is a one-off event, not a loop), in process so the seeds next to this
/// assembly are used; few iterations because each one does real file and database work.
/// </summary>
public sealed class OccupationStartupConfig : ManualConfig
{
    public OccupationStartupConfig() => AddJob(Job.Default
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(1)
        .WithWarmupCount(1)
        .WithIterationCount(10)
        .WithInvocationCount(1)
        .WithUnrollFactor(1));
}
