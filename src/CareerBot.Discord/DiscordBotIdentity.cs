namespace CareerBot.Discord;

/// <summary>Who the bot is on Discord, learnt from READY (user id for mentions, application id for commands and webhooks).</summary>
internal sealed class DiscordBotIdentity
{
    private volatile string? _userId;
    private volatile string? _applicationId;

    public string? UserId => _userId;

    public string? ApplicationId => _applicationId;

    public void Set(string user, string? application)
    {
        _userId = user;
        _applicationId = application ?? user;
    }
}
