using System.Security.Cryptography;
using System.Text.Json;
using CareerBot.Core.Conversations.Commands;

namespace CareerBot.Discord.Commands;

/// <summary>
/// The slash commands as registered with Discord, built from the Core <see cref="CommandCatalog"/>'s picker: Dutch names
/// and descriptions as localizations; moderator commands (/weekly) only in servers and for members with Manage Server.
/// </summary>
internal static class SlashCommands
{
    public const string ManageGuild = "32";
    private const int SubCommand = 1;
    private const int Text = 3;
    private const int InServer = 0;
    private const int InDirectMessage = 1;

    public static IReadOnlyList<ApplicationCommand> All { get; } = From(CommandCatalog.Picker);

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
            Contexts = moderators ? [InServer] : [InServer, InDirectMessage],
        };
    }

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
    };

    private static Dictionary<string, string> Nl(string text) => new(StringComparer.Ordinal) { ["nl"] = text };
}
