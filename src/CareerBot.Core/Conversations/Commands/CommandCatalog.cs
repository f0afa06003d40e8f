using System.Collections.Frozen;
using CareerBot.Core.Conversations.Flow;

namespace CareerBot.Core.Conversations.Commands;

/// <summary>
/// The bot's command vocabulary, in one place: which commands exist, who they are for, their names and descriptions in
/// English and Dutch, and where each platform lists them. The engine dispatches by these names; the adapters build their
/// menus (Telegram) and registrations (Discord) from these lists and never spell a command name themselves.
/// </summary>
public static partial class CommandCatalog
{
    public static CommandSpec Start { get; } = new()
    {
        Name = CommandNames.Start,
        Audience = CommandAudience.Personal,
        OpensPrivateChat = true,
        Discreet = true,
        Description = new("Start the conversation about AI and your career", "Begin het gesprek over AI en je loopbaan"),
    };

    public static CommandSpec Career { get; } = new()
    {
        Name = CommandNames.Career,
        DutchName = "loopbaan",
        Audience = CommandAudience.Personal,
        OpensPrivateChat = true,
        Discreet = true,
        Description = new("Private chat about your career", "Privégesprek over je loopbaan"),
        PickerDescription = new("Talk privately about AI and your career", "Praat privé over AI en je loopbaan"),
    };

    public static CommandSpec Risk { get; } = new()
    {
        Name = CommandNames.Risk,
        DutchName = "risico",
        Audience = CommandAudience.Public,
        Description = new("How exposed is a job to AI? /risk nurse", "Hoeveel raakt AI een beroep? /risk verpleegkundige"),
        PickerDescription = new("How exposed is a job to AI? With sources", "Hoe blootgesteld is een beroep aan AI? Met bronnen"),
        Parameters = [Text("job", "beroep", new("A job title", "Een beroep"), required: true, maxLength: 100) with { Suggestions = ParameterSuggestions.Jobs }],
    };

    public static CommandSpec Stories { get; } = new()
    {
        Name = CommandNames.Stories,
        DutchName = "verhalen",
        Aliases = ["story"],
        Audience = CommandAudience.Public,
        Description = new("Stories from people in your line of work", "Verhalen van mensen in jouw vak"),
        GroupDescription = new("Stories from real work", "Verhalen uit de praktijk"),
        PickerDescription = new("Real stories of people whose work changed", "Echte verhalen van mensen van wie het werk veranderde"),
    };

    public static CommandSpec Language { get; } = Personal(CommandNames.Language, new("Choose a language (en/nl)", "Taal kiezen (nl/en)")) with { Aliases = ["lang", "taal"] };

    public static CommandSpec Back { get; } = Personal(CommandNames.Back, new("Back to the previous question", "Terug naar de vorige vraag"));

    public static CommandSpec Restart { get; } = Personal(CommandNames.Restart, new("Start over", "Opnieuw beginnen"));

    public static CommandSpec Cancel { get; } = Personal(CommandNames.Cancel, new("Stop this step", "Stoppen met deze stap"));

    public static CommandSpec Privacy { get; } = new()
    {
        Name = CommandNames.Privacy,
        DutchName = "privacy",
        Audience = CommandAudience.Public,
        Discreet = true, // what is stored about someone is their business, even though the answer is the same for everyone
        Description = new("What I keep", "Wat ik bewaar"),
        PickerDescription = new("What CareerBot stores about you", "Wat CareerBot over je bewaart"),
    };

    public static CommandSpec Forget { get; } = Personal(CommandNames.Forget, new("Erase everything I know about you", "Wis alles wat ik van je weet")) with
    {
        DutchName = "vergeet",
        PickerDescription = new("Delete everything CareerBot stored about you", "Verwijder alles wat CareerBot over je bewaarde"),
    };

    public static CommandSpec Sources { get; } = new()
    {
        Name = CommandNames.Sources,
        Audience = CommandAudience.Public,
        Description = new("Where the figures come from", "Waar de cijfers vandaan komen"),
    };

    public static CommandSpec Help { get; } = new()
    {
        Name = CommandNames.Help,
        DutchName = "hulp",
        Audience = CommandAudience.Public,
        Description = new("Help", "Hulp"),
        PickerDescription = new("What CareerBot can do", "Wat CareerBot kan"),
    };

    public static CommandSpec Weekly { get; } = new()
    {
        Name = CommandNames.Weekly,
        DutchName = "wekelijks",
        Audience = CommandAudience.Moderator,
        Discreet = true,
        Description = new("Manage the weekly discussion prompt", "Wekelijkse discussievraag beheren"),
        PickerDescription = new("Weekly discussion prompts in this channel (moderators)", "Wekelijkse gespreksvragen in dit kanaal (moderators)"),
        Parameters = WeeklyParameters(),
    };

    /// <summary>Every command the engine knows.</summary>
    public static IReadOnlyList<CommandSpec> All { get; } = [Start, Career, Risk, Stories, Language, Back, Restart, Cancel, Privacy, Forget, Sources, Help, Weekly];

    /// <summary>The menu of a private chat with the bot, in this order.</summary>
    public static IReadOnlyList<MenuItem> PrivateMenu { get; } = Menu([Start, Risk, Stories, Language, Back, Restart, Cancel, Privacy, Forget, Sources, Help], group: false);

    /// <summary>The menu of a group's members: public answers, and the way to a private chat.</summary>
    public static IReadOnlyList<MenuItem> GroupMenu { get; } = Menu([Risk, Stories, Career, Sources, Help], group: true);

    /// <summary>The menu of a group's moderators: the group's menu and the moderator commands.</summary>
    public static IReadOnlyList<MenuItem> ModeratorMenu { get; } = [.. GroupMenu, .. Menu([Weekly], group: true)];

    /// <summary>
    /// The commands offered in a command picker shared by many bots (Discord's slash commands, one set for servers and
    /// private chats), in this order; each is described by its <see cref="CommandSpec.PickerDescription"/> and <see cref="CommandSpec.DutchName"/>.
    /// </summary>
    public static IReadOnlyList<CommandSpec> Picker { get; } = [Career, Risk, Stories, Help, Privacy, Forget, Weekly];

    private static readonly FrozenDictionary<string, CommandSpec> ByName =
        All.SelectMany(command => command.Aliases.Prepend(command.Name).Select(name => KeyValuePair.Create(name, command)))
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The command with this name or alias ("taal" is <see cref="Language"/>), ignoring case; null for a word the bot does not know.</summary>
    public static CommandSpec? Find(string? name) => name is not null && ByName.TryGetValue(name, out var command) ? command : null;

    /// <summary>The command a typed text starts with ("/Weekly@CareerBot now" is <see cref="Weekly"/>), read as the engine reads it.</summary>
    public static CommandSpec? FindTyped(string? text) => BotCommand.Parse(InputText.Clean(text)) is { } typed ? Find(typed.Name) : null;

    /// <summary>Belongs to the person's own conversation: used in a group, the bot moves it to a private chat.</summary>
    public static bool IsPersonal(string? name) => Find(name)?.Audience == CommandAudience.Personal;

    /// <summary>Only a group's moderators may use it (/weekly).</summary>
    public static bool IsModeratorOnly(string? name) => Find(name)?.Audience == CommandAudience.Moderator;

    /// <summary>The person asks to talk privately (/career, /start): a platform may open the private chat at once.</summary>
    public static bool OpensPrivateChat(string? name) => Find(name)?.OpensPrivateChat == true;

    /// <summary>In a shared channel the answer is for the asker alone where the platform allows it.</summary>
    public static bool IsDiscreet(string? name) => Find(name)?.Discreet == true;

    private static CommandSpec Personal(string name, Bilingual description) => new()
    {
        Name = name,
        Audience = CommandAudience.Personal,
        Discreet = true,
        Description = description,
    };

    private static MenuItem[] Menu(CommandSpec[] commands, bool group) =>
        [.. commands.Select(command => new MenuItem(command.Name, group ? command.GroupDescription ?? command.Description : command.Description))];
}
