namespace CareerBot.Discord.Rest;

/// <summary>Which mentions in content may ping; the bot always sends <c>parse: []</c> so user text never pings anyone.</summary>
internal sealed record AllowedMentions(IReadOnlyList<string> Parse)
{
    public static readonly AllowedMentions None = new([]);
}
