namespace CareerBot.Discord.Rest;

/// <summary>Discord's JSON error object <c>{code, message, errors?}</c>; the nested <c>errors</c> tree is ignored.</summary>
internal sealed record ErrorBody(int? Code, string? Message);
