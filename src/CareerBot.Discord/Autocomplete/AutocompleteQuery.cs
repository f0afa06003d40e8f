using CareerBot.Core.Conversations.Commands;
using CareerBot.Discord.Entities;

namespace CareerBot.Discord.Autocomplete;

/// <summary>
/// An autocomplete interaction (type 4) read: what is being typed (the option marked <c>focused</c>, found under its
/// sub-commands, e.g. /weekly schedule timezone:) and what the catalog says may be suggested for it, with the person's
/// locale. Nothing else of the interaction is kept: no user id, no channel.
/// </summary>
internal sealed record AutocompleteQuery(ParameterSuggestions Suggestions, string Typed, string? Locale)
{
    public const int InteractionType = 4;
    private const int SubCommand = 1;
    private const int SubCommandGroup = 2;

    /// <summary>The query, or null when this is no autocomplete, nothing is focused, or the option suggests nothing.</summary>
    public static AutocompleteQuery? Read(DiscordInteraction interaction)
    {
        if (interaction.Type != InteractionType || interaction.Data is not { Name: { } name } data
            || CommandCatalog.Find(name) is not { } command || Focused(data) is not { } focused)
        {
            return null;
        }

        var parameters = command.Parameters;
        foreach (var sub in focused.SubCommands)
        {
            parameters = parameters.FirstOrDefault(p => p.Kind == ParameterKind.SubCommand && p.Name == sub)?.Parameters ?? [];
        }

        return parameters.FirstOrDefault(p => p.Kind == ParameterKind.Text && p.Name == focused.Option.Name) is { Suggestions: not ParameterSuggestions.None and var suggestions }
            ? new AutocompleteQuery(suggestions, focused.Option.ValueText ?? "", interaction.Locale)
            : null;
    }

    /// <summary>The option being typed and the sub-commands (and groups) it sits under, outermost first; null when none is focused.</summary>
    public static (IReadOnlyList<string> SubCommands, CommandOptionValue Option)? Focused(InteractionData data)
    {
        var path = new List<string>();
        var options = data.Options;
        while (options is not null)
        {
            // OfType drops null items, which Discord never sends but a malformed payload may.
            var present = options.OfType<CommandOptionValue>().ToList();
            if (present.Find(o => o.Focused == true) is { } focused)
            {
                return (path, focused);
            }

            if (present.Find(o => o.Type is SubCommand or SubCommandGroup) is not { } sub)
            {
                return null;
            }

            path.Add(sub.Name);
            options = sub.Options;
        }

        return null;
    }
}
