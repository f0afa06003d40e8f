namespace CareerBot.Discord.Gateway;

/// <summary>An outbound frame; <c>s</c> and <c>t</c> are omitted (they are null for sends).</summary>
internal sealed record GatewayCommand<T>(int Op, T D);
