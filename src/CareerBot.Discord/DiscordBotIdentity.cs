namespace CareerBot.Discord;

/// <summary>Who the bot is on Discord, learnt from READY (user id for mentions, application id for commands and webhooks).</summary>
internal sealed class DiscordBotIdentity
{
    private volatile string? userId;
    private volatile string? applicationId;

    public string? UserId => userId;

    public string? ApplicationId => applicationId;

    public void Set(string user, string? application)
    {
        userId = user;
        applicationId = application ?? user;
    }
}
