using Telegram.Bot.Types;

namespace CareerBot.Telegram.Polling;

/// <summary>The command menus shown in Telegram's "/" list (names are the dialogue engine's global commands).</summary>
internal static class BotCommandMenus
{
    public static BotCommand[] Private(bool dutch) => dutch
        ?
        [
            Command("start", "Begin het gesprek over AI en je loopbaan"),
            Command("risk", "Hoeveel raakt AI een beroep? /risk verpleegkundige"),
            Command("stories", "Verhalen van mensen in jouw vak"),
            Command("language", "Taal kiezen (nl/en)"),
            Command("back", "Terug naar de vorige vraag"),
            Command("restart", "Opnieuw beginnen"),
            Command("cancel", "Stoppen met deze stap"),
            Command("privacy", "Wat ik bewaar"),
            Command("forget", "Wis alles wat ik van je weet"),
            Command("sources", "Waar de cijfers vandaan komen"),
            Command("help", "Hulp"),
        ]
        :
        [
            Command("start", "Start the conversation about AI and your career"),
            Command("risk", "How exposed is a job to AI? /risk nurse"),
            Command("stories", "Stories from people in your line of work"),
            Command("language", "Choose a language (en/nl)"),
            Command("back", "Back to the previous question"),
            Command("restart", "Start over"),
            Command("cancel", "Stop this step"),
            Command("privacy", "What I keep"),
            Command("forget", "Erase everything I know about you"),
            Command("sources", "Where the figures come from"),
            Command("help", "Help"),
        ];

    public static BotCommand[] Group(bool dutch) => dutch
        ?
        [
            Command("risk", "Hoeveel raakt AI een beroep? /risk verpleegkundige"),
            Command("stories", "Verhalen uit de praktijk"),
            Command("career", "Privégesprek over je loopbaan"),
            Command("sources", "Waar de cijfers vandaan komen"),
            Command("help", "Hulp"),
        ]
        :
        [
            Command("risk", "How exposed is a job to AI? /risk nurse"),
            Command("stories", "Stories from real work"),
            Command("career", "Private chat about your career"),
            Command("sources", "Where the figures come from"),
            Command("help", "Help"),
        ];

    public static BotCommand[] Administrators(bool dutch) =>
    [
        .. Group(dutch),
        Command("weekly", dutch ? "Wekelijkse discussievraag beheren" : "Manage the weekly discussion prompt"),
    ];

    private static BotCommand Command(string name, string description) => new() { Command = name, Description = description };
}
