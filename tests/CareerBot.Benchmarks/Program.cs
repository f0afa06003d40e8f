using BenchmarkDotNet.Running;
using CareerBot.Benchmarks.Dialogue;
using CareerBot.Benchmarks.Occupations;
using CareerBot.Benchmarks.Understanding;

// "latency" prints the matcher's start-up and p50/p99 directly, "understanding" the same for triage and the slot reader; anything else goes to BenchmarkDotNet,
// which runs every benchmark class in this assembly; pick with --filter, e.g. --filter '*OccupationStartup*'.
if (args is ["latency"])
{
    TitleMatchLatency.Run(Console.Out);
    return;
}

if (args is ["understanding"])
{
    UnderstandingLatency.Run(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(EngineTurnBenchmarks).Assembly).Run(args);
