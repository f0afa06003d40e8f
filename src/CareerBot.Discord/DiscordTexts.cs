using CareerBot.Core.Texts;

namespace CareerBot.Discord;

/// <summary>The few words the adapter adds itself (buttons and notes of its own), in English and Dutch.</summary>
internal static class DiscordTexts
{
    public const string PrivatePayload = "careerbot:private";
    public const string AnswerPayload = "careerbot:answer";
    public const string AnswerInputId = "answer";

    public static string ContinuePrivately(Language language) => language == Language.Dutch ? "Verder in een privégesprek" : "Continue privately";

    public static string OpenDm(Language language) => language == Language.Dutch ? "Open ons privégesprek" : "Open our DM";

    public static string DmsClosed(Language language) => language == Language.Dutch
        ? "Ik kan je geen privébericht sturen (je DM's staan uit), dus we gaan hier verder. Alleen jij ziet deze berichten."
        : "I can't send you a direct message (your DMs are closed), so let's continue here. Only you can see these messages.";

    public static string DmsClosedPublic(Language language) => language == Language.Dutch
        ? "Ik kon je geen privébericht sturen. Gebruik /career om privé verder te gaan."
        : "I couldn't send you a direct message. Use /career to continue privately.";

    public static string Answer(Language language) => language == Language.Dutch ? "Antwoord typen" : "Type my answer";

    public static string AnswerTitle(Language language) => language == Language.Dutch ? "Jouw antwoord" : "Your answer";
}
