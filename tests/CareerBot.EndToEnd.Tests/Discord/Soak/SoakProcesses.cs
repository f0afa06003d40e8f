namespace CareerBot.EndToEnd.Tests.Discord.Soak;

/// <summary>Soaks run alone: each drives a real bot process hard on a small machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SoakProcesses
{
    public const string Name = "Soak";
}
