namespace CareerBot.Discord.Rest;

/// <summary>How many Identifies are left (1000 per day) and how many may start per 5 s.</summary>
internal sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
