namespace CareerBot.Discord.Gateway;

/// <summary>Receives the dispatches the bot needs (READY, MESSAGE_CREATE, INTERACTION_CREATE, GUILD_CREATE); must return quickly.</summary>
internal interface IGatewayDispatchHandler
{
    Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken);
}
