using CareerBot.Discord.Entities;

namespace CareerBot.Discord.Rest;

/// <summary>The typed endpoints the bot uses.</summary>
internal sealed partial class DiscordRestClient
{
    public Task<RestResult<GatewayBotInfo>> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        SendAsync<GatewayBotInfo>(DiscordRoute.GetGatewayBot(), null, cancellationToken);

    public Task<RestResult<DiscordChannel>> CreateDmAsync(string userId, CancellationToken cancellationToken) =>
        SendAsync<DiscordChannel>(DiscordRoute.CreateDm(), new CreateDmRequest(userId), cancellationToken);

    public Task<RestResult<DiscordMessage>> CreateMessageAsync(string channelId, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync<DiscordMessage>(DiscordRoute.CreateMessage(channelId), message, cancellationToken);

    public Task<RestResult<DiscordMessage>> EditMessageAsync(string channelId, string messageId, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync<DiscordMessage>(DiscordRoute.EditMessage(channelId, messageId), message, cancellationToken);

    public Task<RestResult<RestEmpty>> RespondAsync(string interactionId, string token, InteractionResponse response, CancellationToken cancellationToken) =>
        SendAsync<RestEmpty>(DiscordRoute.InteractionCallback(interactionId, token), response, cancellationToken);

    public Task<RestResult<RestEmpty>> AnswerAutocompleteAsync(string interactionId, string token, AutocompleteResponse response, CancellationToken cancellationToken) =>
        SendAsync<RestEmpty>(DiscordRoute.InteractionCallback(interactionId, token), response, cancellationToken);

    public Task<RestResult<DiscordMessage>> CreateFollowupAsync(string applicationId, string token, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync<DiscordMessage>(DiscordRoute.CreateFollowup(applicationId, token), message, cancellationToken);

    public Task<RestResult<DiscordMessage>> EditOriginalAsync(string applicationId, string token, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync<DiscordMessage>(DiscordRoute.EditOriginal(applicationId, token), message, cancellationToken);

    public Task<RestResult<RestEmpty>> OverwriteCommandsAsync(string applicationId, string? guildId, object commands, CancellationToken cancellationToken) =>
        SendAsync<RestEmpty>(
            guildId is null ? DiscordRoute.OverwriteGlobalCommands(applicationId) : DiscordRoute.OverwriteGuildCommands(applicationId, guildId),
            commands,
            cancellationToken);
}
