using System.Security.Cryptography;
using System.Text.Json;
using CareerBot.Core.Conversations.Commands;

namespace CareerBot.Discord.Commands;

/// <summary>
/// The slash commands as registered with Discord, built from the Core <see cref="CommandCatalog"/>'s picker: Dutch names
/// and descriptions as localizations; moderator commands (/weekly) only in servers and for members with Manage Server;
/// public answers also for people who installed the app themselves; values the catalog suggests are autocompleted.
/// </summary>
internal static class SlashCommands
{
    public const string ManageGuild = "32";
    private const int SubCommand = 1;
    private const int Text = 3;
    private const int GuildInstall = 0;
    private const int UserInstall = 1;
    private const int InServer = 0;
    private const int InDirectMessage = 1;
    private const int InPrivateChannel = 2;

    public static IReadOnlyList<ApplicationCommand> All { get; } = From(CommandCatalog.Picker);

    /// <summary>
    /// The same commands for one server (Discord:DevGuildId): installation and interaction contexts are only for global
    /// commands, and a server's commands are used in that server alone, so they are left out.
    /// </summary>
    public static IReadOnlyList<ApplicationCommand> ForGuild { get; } = [.. All.Select(c => c with { IntegrationTypes = null, Contexts = null })];

    /// <summary>SHA-256 of the definitions as sent; registration runs only when it changed.</summary>
    public static string Hash() =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(All, DiscordJson.Options)));

    public static ApplicationCommand[] From(IEnumerable<CommandSpec> commands) => [.. commands.Select(Command)];

    private static ApplicationCommand Command(CommandSpec command)
    {
        var description = command.PickerDescription ?? command.Description;
        var moderators = command.Audience == CommandAudience.Moderator;
        return new ApplicationCommand
        {
            Name = command.Name,
            Description = description.English,
            NameLocalizations = Nl(command.DutchName ?? command.Name),
            DescriptionLocalizations = Nl(description.Dutch),
            Options = Options(command.Parameters),
            DefaultMemberPermissions = moderators ? ManageGuild : null,
            IntegrationTypes = Installs(command.Audience),
            Contexts = Contexts(command.Audience),
        };
    }

    // Public answers (/risk, /stories, /help, /privacy) come with the app a person installed, so they work anywhere: in a
    // server without the bot, a group DM, a DM between people. The personal commands (/career, /forget) stay with the
    // bot: the interview lives in the bot's DM, and a public answer given elsewhere stores nothing to forget. /weekly
    // is for a server's moderators, in that server.
    private static int[] Installs(CommandAudience audience) =>
        audience == CommandAudience.Public ? [GuildInstall, UserInstall] : [GuildInstall];

    private static int[] Contexts(CommandAudience audience) => audience switch
    {
        CommandAudience.Public => [InServer, InDirectMessage, InPrivateChannel],
        CommandAudience.Moderator => [InServer],
        _ => [InServer, InDirectMessage],
    };

    private static List<CommandOption>? Options(IReadOnlyList<CommandParameter> parameters) =>
        parameters.Count == 0 ? null : [.. parameters.Select(Option)];

    private static CommandOption Option(CommandParameter parameter) => new()
    {
        Type = parameter.Kind == ParameterKind.SubCommand ? SubCommand : Text,
        Name = parameter.Name,
        Description = parameter.Description.English,
        NameLocalizations = Nl(parameter.DutchName),
        DescriptionLocalizations = Nl(parameter.Description.Dutch),

        // Discord reads "required" of values only; a sub-command is picked, so it carries none.
        Required = parameter.Kind == ParameterKind.SubCommand ? null : parameter.Required,
        MaxLength = parameter.MaxLength,
        Options = Options(parameter.Parameters),
        Choices = parameter.Choices.Count == 0 ? null : [.. parameter.Choices.Select(c => new CommandChoice(c.Label.English, c.Value, Nl(c.Label.Dutch)))],
        Autocomplete = parameter.Suggestions == ParameterSuggestions.None || parameter.Choices.Count > 0 ? null : true,
    };

    private static Dictionary<string, string> Nl(string text) => new(StringComparer.Ordinal) { ["nl"] = text };
}
