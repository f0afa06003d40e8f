using System.Security.Cryptography;
using System.Text.Json;

namespace CareerBot.Discord.Commands;

/// <summary>The bot's slash commands with Dutch localizations; /weekly is for members with Manage Server.</summary>
internal static class CommandCatalog
{
    public const string ManageGuild = "32";
    private const int SubCommand = 1;
    private const int Text = 3;

    public static IReadOnlyList<ApplicationCommand> All { get; } =
    [
        Command("career", "loopbaan", "Talk privately about AI and your career", "Praat privé over AI en je loopbaan"),
        Command("risk", "risico", "How exposed is a job to AI? With sources", "Hoe blootgesteld is een beroep aan AI? Met bronnen") with
        {
            Options = [new CommandOption { Type = Text, Name = "job", Description = "A job title", NameLocalizations = Nl("beroep"), DescriptionLocalizations = Nl("Een beroep"), Required = true, MaxLength = 100 }],
        },
        Command("stories", "verhalen", "Real stories of people whose work changed", "Echte verhalen van mensen van wie het werk veranderde"),
        Command("help", "hulp", "What CareerBot can do", "Wat CareerBot kan"),
        Command("privacy", "privacy", "What CareerBot stores about you", "Wat CareerBot over je bewaart"),
        Command("forget", "vergeet", "Delete everything CareerBot stored about you", "Verwijder alles wat CareerBot over je bewaarde"),
        Command("weekly", "wekelijks", "Weekly discussion prompts in this channel (moderators)", "Wekelijkse gespreksvragen in dit kanaal (moderators)") with
        {
            DefaultMemberPermissions = ManageGuild,
            Contexts = [0],
            Options =
            [
                Sub("now", "nu", "Post a prompt now", "Plaats nu een vraag"),
                Sub("schedule", "plannen", "Post a prompt every week", "Plaats elke week een vraag") with
                {
                    Options =
                    [
                        new CommandOption { Type = Text, Name = "day", Description = "Day of the week", NameLocalizations = Nl("dag"), DescriptionLocalizations = Nl("Dag van de week"), Required = true, Choices = Days() },
                        new CommandOption { Type = Text, Name = "time", Description = "Time as HH:mm, e.g. 09:30", NameLocalizations = Nl("tijd"), DescriptionLocalizations = Nl("Tijd als UU:mm, bv. 09:30"), Required = true, MaxLength = 5 },
                        new CommandOption { Type = Text, Name = "timezone", Description = "IANA time zone, e.g. Europe/Amsterdam", NameLocalizations = Nl("tijdzone"), DescriptionLocalizations = Nl("IANA-tijdzone, bv. Europe/Amsterdam"), Required = false, MaxLength = 64 },
                    ],
                },
                Sub("pause", "pauzeer", "Pause the weekly prompts", "Pauzeer de wekelijkse vragen"),
                Sub("resume", "hervat", "Resume the weekly prompts", "Hervat de wekelijkse vragen"),
                Sub("skip", "overslaan", "Skip the next prompt", "Sla de volgende vraag over"),
                Sub("status", "status", "Show the schedule and the next prompt", "Toon het schema en de volgende vraag"),
                Sub("language", "taal", "The language of the prompts in this channel", "De taal van de vragen in dit kanaal") with
                {
                    Options =
                    [
                        new CommandOption
                        {
                            Type = Text, Name = "language", Description = "English or Dutch", NameLocalizations = Nl("taal"), DescriptionLocalizations = Nl("Engels of Nederlands"), Required = true,
                            Choices = [new("English", "en", Nl("Engels")), new("Nederlands", "nl", Nl("Nederlands"))],
                        },
                    ],
                },
            ],
        },
    ];

    /// <summary>SHA-256 of the definitions as sent; registration runs only when it changed.</summary>
    public static string Hash() =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(All, DiscordJson.Options)));

    private static ApplicationCommand Command(string name, string nlName, string description, string nlDescription) => new()
    {
        Name = name,
        Description = description,
        NameLocalizations = Nl(nlName),
        DescriptionLocalizations = Nl(nlDescription),
        Contexts = [0, 1],
    };

    private static CommandOption Sub(string name, string nlName, string description, string nlDescription) => new()
    {
        Type = SubCommand,
        Name = name,
        Description = description,
        NameLocalizations = Nl(nlName),
        DescriptionLocalizations = Nl(nlDescription),
    };

    private static Dictionary<string, string> Nl(string text) => new(StringComparer.Ordinal) { ["nl"] = text };

    private static List<CommandChoice> Days() =>
    [
        new("Monday", "monday", Nl("maandag")), new("Tuesday", "tuesday", Nl("dinsdag")), new("Wednesday", "wednesday", Nl("woensdag")),
        new("Thursday", "thursday", Nl("donderdag")), new("Friday", "friday", Nl("vrijdag")), new("Saturday", "saturday", Nl("zaterdag")),
        new("Sunday", "sunday", Nl("zondag")),
    ];
}
