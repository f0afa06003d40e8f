using System.CommandLine;

namespace CareerBot.ConsoleChat;

/// <summary>Options of the <c>chat</c> verb: --user ID, --lang en|nl, --moderator (try /weekly against a console "channel").</summary>
internal sealed record ChatOptions(string UserId, string? Locale, bool Moderator = false)
{
    public const string DefaultUser = "local";

    private static readonly Option<string> UserOption = new("--user")
    {
        Description = "who is talking; a second run with the same --user and --db continues",
        HelpName = "ID",
        DefaultValueFactory = _ => DefaultUser,
    };

    private static readonly Option<string?> LanguageOption = new("--lang")
    {
        Description = "en or nl (default: from the first message)",
        HelpName = "en|nl",
    };

    private static readonly Option<bool> ModeratorOption = new("--moderator")
    {
        Description = "try the /weekly commands against a console \"channel\"",
    };

    public static Command Command() => new("chat", "talk to the bot: your lines from stdin, its replies on stdout")
    {
        UserOption,
        LanguageOption,
        ModeratorOption,
    };

    public static ChatOptions From(ParseResult parse) =>
        new(parse.GetValue(UserOption) ?? DefaultUser, parse.GetValue(LanguageOption), parse.GetValue(ModeratorOption));
}
