using BenchmarkDotNet.Running;
using CareerBot.Benchmarks.Conversations;
using CareerBot.Benchmarks.Dialogue;
using CareerBot.Benchmarks.Occupations;
using CareerBot.Benchmarks.Pictures;
using CareerBot.Benchmarks.Startup;
using CareerBot.Benchmarks.Understanding;

// "latency" prints the matcher's start-up and p50/p99 directly, "understanding" the same for triage and the slot reader,
// "startup [path/to/CareerBot.dll] [runs]" the chat's start-up as whole processes, "turns [connection string]" a turn's
// store latency and throughput on LiteDB and PostgreSQL, "pictures [count]" a risk card's drawing time and size; anything else goes to BenchmarkDotNet,
// which runs every benchmark class in this assembly; pick with --filter, e.g. --filter '*OccupationStartup*'.
if (args is ["latency"])
{
    TitleMatchLatency.Run(Console.Out);
    return;
}

if (args is ["startup", ..])
{
    await ChatStartup.RunAsync(Console.Out, args.Length > 1 ? args[1] : null, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}

if (args is ["turns", ..])
{
    await TurnSaveLatency.RunAsync(Console.Out, args.Length > 1 ? args[1] : null);
    return;
}

if (args is ["pictures", ..])
{
    RiskCardLatency.Run(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 400);
    return;
}

if (args is ["understanding"])
{
    UnderstandingLatency.Run(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(EngineTurnBenchmarks).Assembly).Run(args);
