namespace CareerBot.Core.Conversations.Flow;

/// <summary>
/// What the bot says in a group or server channel: only public-safe answers (look-ups, stories, sources, help).
/// Anything personal is moved to a private chat; nothing about the person is asked, shown or stored here.
/// </summary>
internal sealed class PublicDesk(RiskLookup risk, StoryTime stories, Commands commands)
{
    public void Answer(Turn turn, BotCommand? command, string text)
    {
        switch (command?.Name)
        {
            case null when text.Length == 0:
            case "help":
                turn.SayKey("help.public");
                break;
            case null:
                // A mention in a channel ("@CareerBot is copywriting at risk?") is a quick look-up.
                LookUp(turn, text);
                break;
            case "risk":
                LookUp(turn, command.Argument);
                break;
            case "stories" or "story":
                stories.TellPublic(turn, soc: null);
                break;
            case "sources":
                commands.Sources(turn);
                break;
            case "privacy":
                commands.Privacy(turn);
                break;
            case "start" or "career" or "restart" or "cancel" or "back" or "forget" or "language" or "lang" or "taal":
                turn.InvitePrivate(turn.Text("command.private"));
                break;
            default:
                Commands.SayUnknown(turn, command.Name);
                break;
        }
    }

    private void LookUp(Turn turn, string query)
    {
        if (risk.Answer(turn, query) is { } soc)
        {
            stories.TellPublic(turn, soc);
            turn.InvitePrivate(turn.Text("risk.private"));
        }
    }
}
