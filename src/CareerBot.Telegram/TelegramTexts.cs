using CareerBot.Core.Texts;

namespace CareerBot.Telegram;

/// <summary>The few words the adapter itself says (everything else comes from the dialogue engine).</summary>
internal static class TelegramTexts
{
    public static string TextOnlyHint(Language language) => language == Language.Dutch
        ? "Ik kan alleen tekst lezen. Typ je antwoord, of stuur /help."
        : "I can only read text. Please type your answer, or send /help.";

    public static string ContinuePrivately(Language language) => language == Language.Dutch
        ? "Verder in een privégesprek"
        : "Continue in a private chat";

    /// <summary>The link under a card posted from an inline query, to that card in a private chat.</summary>
    public static string MoreFromCareerBot(Language language) => language == Language.Dutch ? "Meer van CareerBot" : "More from CareerBot";

    /// <summary>The button above inline results: opens a private chat that starts the interview.</summary>
    public static string TalkPrivately(Language language) => language == Language.Dutch
        ? "Praat privé met CareerBot over je werk"
        : "Talk privately with CareerBot about your job";

    public static string Chosen(Language language) => language == Language.Dutch ? "Gekozen" : "Chosen";
}
