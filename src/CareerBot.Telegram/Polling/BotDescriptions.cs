using CareerBot.Telegram.Routing;

namespace CareerBot.Telegram.Polling;

/// <summary>
/// What Telegram shows about the bot: the description in an empty chat with it (≤ 512 characters) and the short one on
/// its profile and with a shared link (≤ 120), in English (for every language without its own) and Dutch.
/// </summary>
internal static class BotDescriptions
{
    public const int MaxDescription = 512;
    public const int MaxShortDescription = 120;

    /// <summary>Per language code (null: the default), the description and the short description.</summary>
    public static IReadOnlyList<(string? Language, string Description, string Short)> For(BotIdentity bot) =>
    [
        (null, English(bot.Username), "Worried AI will take your job? Research figures with source and year, real stories, next steps. English or Dutch."),
        ("nl", Dutch(bot.Username), "Bang dat AI je werk overneemt? Cijfers uit onderzoek met bron en jaar, echte verhalen, volgende stappen. NL of EN."),
    ];

    private static string English(string username) =>
        "Worried that AI will change or take your job? CareerBot asks about your work and your worries, then shows what research says "
        + "about your occupation, every figure with its source and year (Frey & Osborne 2013, Eloundou et al. 2024, ILO 2025, O*NET, US BLS), "
        + "with real people's stories and moves worth a look. Estimates about tasks, not verdicts about people. Your answers stay private; "
        + $"/forget deletes them. In any chat, type @{username} nurse to share a job's card.";

    private static string Dutch(string username) =>
        "Bang dat AI je werk verandert of overneemt? CareerBot vraagt naar je werk en je zorgen en laat zien wat onderzoek over je beroep "
        + "zegt, elk cijfer met bron en jaar (Frey & Osborne 2013, Eloundou e.a. 2024, ILO 2025, O*NET, US BLS), met verhalen van echte "
        + "mensen en stappen die het bekijken waard zijn. Schattingen over taken, geen oordeel over mensen. Je antwoorden blijven privé; "
        + $"/forget wist ze. Typ in elke chat @{username} verpleegkundige om de kaart van een beroep te delen.";
}
