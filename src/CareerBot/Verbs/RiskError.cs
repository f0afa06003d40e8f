namespace CareerBot.Verbs;

/// <summary>The <c>risk</c> verb's line for a code it cannot answer.</summary>
internal sealed record RiskError(string Soc, string Error);
