namespace CareerBot.Discord.Rest;

/// <summary>
/// One REST call: method, route template (rate-limit identity, safe to log), concrete path (may hold an interaction
/// token: never logged) and the top-level resource that splits buckets.
/// </summary>
internal sealed record DiscordRoute(HttpMethod Method, string Template, string Path, string MajorId, bool GlobalExempt = false)
{
    public string RouteKey => $"{Method.Method} {Template}";

    public static DiscordRoute GetGatewayBot() => new(HttpMethod.Get, "gateway/bot", "gateway/bot", "");

    public static DiscordRoute CreateDm() => new(HttpMethod.Post, "users/@me/channels", "users/@me/channels", "@me");

    public static DiscordRoute CreateMessage(string channelId) =>
        new(HttpMethod.Post, "channels/{channel_id}/messages", $"channels/{Escape(channelId)}/messages", channelId);

    public static DiscordRoute EditMessage(string channelId, string messageId) =>
        new(HttpMethod.Patch, "channels/{channel_id}/messages/{message_id}", $"channels/{Escape(channelId)}/messages/{Escape(messageId)}", channelId);

    public static DiscordRoute InteractionCallback(string interactionId, string token) =>
        new(HttpMethod.Post, "interactions/{interaction_id}/{token}/callback", $"interactions/{Escape(interactionId)}/{Escape(token)}/callback", interactionId, GlobalExempt: true);

    public static DiscordRoute CreateFollowup(string applicationId, string token) =>
        new(HttpMethod.Post, "webhooks/{application_id}/{token}", $"webhooks/{Escape(applicationId)}/{Escape(token)}", applicationId + "/" + token, GlobalExempt: true);

    public static DiscordRoute EditOriginal(string applicationId, string token) =>
        new(HttpMethod.Patch, "webhooks/{application_id}/{token}/messages/@original", $"webhooks/{Escape(applicationId)}/{Escape(token)}/messages/@original", applicationId + "/" + token, GlobalExempt: true);

    public static DiscordRoute OverwriteGlobalCommands(string applicationId) =>
        new(HttpMethod.Put, "applications/{application_id}/commands", $"applications/{Escape(applicationId)}/commands", applicationId);

    public static DiscordRoute OverwriteGuildCommands(string applicationId, string guildId) =>
        new(HttpMethod.Put, "applications/{application_id}/guilds/{guild_id}/commands", $"applications/{Escape(applicationId)}/guilds/{Escape(guildId)}/commands", guildId);

    // The generated ToString would print the path, and with it an interaction token.
    public override string ToString() => RouteKey;

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
