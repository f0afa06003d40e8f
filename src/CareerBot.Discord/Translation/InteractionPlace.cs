using CareerBot.Discord.Entities;

namespace CareerBot.Discord.Translation;

/// <summary>
/// Where an interaction happened, as the replies need to know it. The app installed to a person (user install) can be
/// used in a server without the bot, in group DMs and in DMs between people (context 2): there the bot is no member, so it
/// answers only through the interaction (callback, original, follow-ups), never with channel messages.
/// </summary>
internal static class InteractionPlace
{
    public const int Guild = 0;
    public const int BotDm = 1;
    public const int PrivateChannel = 2;
    private const string GuildInstall = "0";
    private const string UserInstall = "1";

    /// <summary>A DM with the bot: the interview's own place. Payloads from before <c>context</c> existed: no guild.</summary>
    public static bool InBotDm(DiscordInteraction interaction) =>
        interaction.Context is { } context ? context == BotDm : interaction.GuildId is null;

    /// <summary>The bot can post in the interaction's channel (a server it was added to, or its DM).</summary>
    public static bool BotInChannel(DiscordInteraction interaction) =>
        InBotDm(interaction) || (interaction.GuildId is not null && interaction.Context != PrivateChannel && !OnlyUserInstalled(interaction));

    // Discord names every installation that authorised the interaction; a server's key is missing when the bot is not in it.
    private static bool OnlyUserInstalled(DiscordInteraction interaction) =>
        interaction.AuthorizingIntegrationOwners is { } owners && owners.ContainsKey(UserInstall) && !owners.ContainsKey(GuildInstall);
}
