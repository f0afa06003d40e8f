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

    public static string Chosen(Language language) => language == Language.Dutch ? "Gekozen" : "Chosen";
}
