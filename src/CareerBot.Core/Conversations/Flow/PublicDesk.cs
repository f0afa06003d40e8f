using CareerBot.Core.Understanding;
using CareerBot.Core.Understanding.Safety;

namespace CareerBot.Core.Conversations.Flow;

/// <summary>
/// What the bot says in a group or server channel: only public-safe answers (look-ups, stories, sources, help).
/// Anything personal is moved to a private chat; nothing about the person is asked, shown or stored here. A worrying
/// message gets help lines meant for the person alone, and never has its words repeated.
/// </summary>
internal sealed class PublicDesk(RiskLookup risk, StoryTime stories, Commands commands, DialogueSettings settings)
{
    public void Answer(Turn turn, BotCommand? command, string text)
    {
        if (text.Length > settings.MaxMessageLength)
        {
            turn.Say(turn.Format("toolong", settings.MaxMessageLength));
            return;
        }

        if (Payloads.ValueAfter(turn.Payload, Payloads.Risk) is { } soc)
        {
            risk.Show(turn, soc);
            return;
        }

        var said = command is null ? text : command.Argument;
        if (said.Length > 0 && Cared(turn, SafetyTriage.Assess(said)))
        {
            return;
        }

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
            case "start" or "career":
                turn.InvitePrivate(turn.Get("command.private"));
                turn.ContinuesPrivately = turn.Message.CanOpenPrivateChat;
                break;
            case "restart" or "cancel" or "back" or "forget" or "language" or "lang" or "taal":
                turn.InvitePrivate(turn.Get("command.private"));
                break;
            default:
                Commands.SayUnknown(turn, command.Name);
                break;
        }
    }

    private static bool Cared(Turn turn, SafetyReading safety)
    {
        switch (safety.Level)
        {
            case SafetyLevel.Crisis:
                turn.SayPersonal(turn.Get("care.crisis.public"));
                turn.InvitePrivate(turn.Get("care.private"));
                return true;
            case SafetyLevel.Distress:
                turn.SayPersonal(turn.Get("care.distress.public") + (safety.MoneyTrouble ? "\n" + turn.Get("care.money") : string.Empty));
                turn.InvitePrivate(turn.Get("care.private"));
                return true;
            case SafetyLevel.Fear:
                turn.Preface(turn.Get("fear.public"));
                return false;
            default:
                return false;
        }
    }

    private void LookUp(Turn turn, string query)
    {
        if (risk.Answer(turn, query).Soc is { } soc)
        {
            stories.TellPublic(turn, soc);
            turn.InvitePrivate(turn.Get("risk.private"));
        }
    }
}
