namespace CareerBot.EndToEnd.Tests.Discord.Soak;

/// <summary>What one person gets without faults: replies per scripted turn, and all of them in order (as signatures).</summary>
internal sealed record SoakReference(IReadOnlyList<int> PerTurn, IReadOnlyList<string> Transcript);
