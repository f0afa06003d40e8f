namespace CareerBot.Verbs;

/// <summary>One line of the <c>risk</c> verb's output; null where the data holds no value.</summary>
internal sealed record RiskReport(string Soc, string Title, double? AutomationProbability, double? GenAiExposure, IReadOnlyList<string> Sources);
