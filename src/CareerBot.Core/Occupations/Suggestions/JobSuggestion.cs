namespace CareerBot.Core.Occupations.Suggestions;

/// <summary>One occupation offered while someone types a job: its SOC code and its name in the person's language.</summary>
public sealed record JobSuggestion(string Soc, string Name);
