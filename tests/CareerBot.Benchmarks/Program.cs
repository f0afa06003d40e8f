using BenchmarkDotNet.Running;
using CareerBot.Benchmarks.Occupations;

// "latency" prints the matcher's start-up and p50/p99 directly; anything else goes to BenchmarkDotNet.
if (args is ["latency"])
{
    TitleMatchLatency.Run(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
