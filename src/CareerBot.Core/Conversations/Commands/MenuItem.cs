namespace CareerBot.Core.Conversations.Commands;

/// <summary>One line of a command menu: the command's name and what that menu says it does.</summary>
public sealed record MenuItem(string Name, Bilingual Description);
