namespace CareerBot.Core.Conversations.Commands;

/// <summary>What a command parameter is: a sub-command ("/weekly now") or a text value ("/risk nurse").</summary>
public enum ParameterKind
{
    SubCommand,
    Text,
}
