namespace CareerBot.Telegram.Routing;

/// <summary>
/// Who this bot is on Telegram (from getMe): needed to tell commands addressed to it and to build deep links; with the
/// key that signs a group's deep link (from the token).
/// </summary>
internal sealed record BotIdentity(long Id, string Username, GroupLinkKey GroupLinks)
{
    public string DeepLink(string payload) => $"https://t.me/{Username}?start={payload}";
}
