namespace CareerBot.Core.Conversations.Commands;

/// <summary>The names of the bot's commands as platforms send them and the engine reads them (without the '/').</summary>
public static class CommandNames
{
    public const string Start = "start";
    public const string Career = "career";
    public const string Risk = "risk";
    public const string Stories = "stories";
    public const string Language = "language";
    public const string Back = "back";
    public const string Restart = "restart";
    public const string Cancel = "cancel";
    public const string Privacy = "privacy";
    public const string Forget = "forget";
    public const string Sources = "sources";
    public const string Help = "help";
    public const string Weekly = "weekly";
}
