namespace CareerBot.EndToEnd.Tests.Discord.Soak;

/// <summary>One thing a person does: a DM (<see cref="Command"/> null) or a slash command with an optional job option.</summary>
internal sealed record SoakTurn(string? Command, string? Text)
{
    public static SoakTurn Dm(string text) => new(null, text);

    public static SoakTurn Slash(string command, string? job) => new(command, job);
}
