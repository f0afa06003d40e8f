namespace CareerBot.Discord.Rest;

/// <summary>Result type for calls whose body is not needed (204 No Content and the like).</summary>
internal sealed record RestEmpty;
