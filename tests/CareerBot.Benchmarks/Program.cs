using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/CareerBot.Benchmarks -- --filter '*ConversationStore*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
