using System.CommandLine;
using CareerBot.ConsoleChat;

namespace CareerBot.Verbs;

/// <summary>The command-line grammar: no verb runs the bot; chat, match and risk with their switches; --db for all.</summary>
internal static class VerbCommands
{
    /// <summary><c>--db PATH</c>: the database file for the bot and every verb (Storage:DatabasePath).</summary>
    public static readonly Option<string?> Database = new("--db")
    {
        Description = "the LiteDB file (Storage:DatabasePath; a relative path is taken from the binary's folder)",
        HelpName = "PATH",
        Recursive = true,
    };

    public static RootCommand Create()
    {
        var root = new RootCommand(
            "CareerBot: with no command, runs the bot (a console chat when no bot token is configured).\n"
            + ".NET configuration is accepted by the bot and every command: --Section:Key=VALUE (or --Section:Key VALUE), --urls URL.")
        {
            Database,
            ChatOptions.Command(),
            MatchOptions.Command(),
            RiskOptions.Command(),
        };
        root.Action = new VerbSelected();
        foreach (var verb in root.Subcommands)
        {
            verb.Action = new VerbSelected();
        }

        return root;
    }
}
