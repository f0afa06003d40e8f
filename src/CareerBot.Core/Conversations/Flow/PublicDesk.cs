using CareerBot.Core.Conversations.Commands;
using CareerBot.Core.Understanding;
using CareerBot.Core.Understanding.Safety;

namespace CareerBot.Core.Conversations.Flow;

/// <summary>
/// What the bot says in a group or server channel: only public-safe answers (look-ups, stories, sources, help).
/// Anything personal is moved to a private chat; nothing about the person is asked, shown or stored here. A worrying
/// message gets help lines meant for the person alone, and never has its words repeated.
/// </summary>
internal sealed class PublicDesk(RiskLookup risk, StoryTime stories, PrivateCommands commands, DialogueSettings settings)
{
    public void Answer(Turn turn, BotCommand? command, string text)
    {
        if (text.Length > settings.MaxMessageLength)
        {
            // A long message is still read for safety first: care before "keep it shorter".
            if (!Cared(turn, SafetyTriage.Assess(text)))
            {
                turn.Say(turn.Format("toolong", settings.MaxMessageLength));
            }

            return;
        }

        if (Payloads.ValueAfter(turn.Payload, Payloads.Risk) is { } soc)
        {
            risk.Show(turn, soc);
            return;
        }

        if (Payloads.ValueAfter(turn.Payload, Payloads.More) is { } more)
        {
            // In public only the occupation's own details: no comparison with anyone's job.
            risk.More(turn, more.Split(Payloads.MoreSeparator)[0]);
            return;
        }

        var said = command is null ? text : command.Argument;
        if (said.Length > 0 && Cared(turn, SafetyTriage.Assess(said)))
        {
            return;
        }

        if (command is null)
        {
            if (text.Length == 0)
            {
                turn.SayKey("help.public");
            }
            else
            {
                // A mention in a channel ("@CareerBot is copywriting at risk?") is a quick look-up.
                LookUp(turn, text);
            }

            return;
        }

        var known = CommandCatalog.Find(command.Name);
        switch (known?.Name)
        {
            case CommandNames.Help:
                turn.SayKey("help.public");
                break;
            case CommandNames.Risk:
                LookUp(turn, command.Argument);
                break;
            case CommandNames.Stories:
                stories.TellPublic(turn, soc: null);
                break;
            case CommandNames.Sources:
                commands.Sources(turn);
                break;
            case CommandNames.Privacy:
                commands.Privacy(turn);
                break;
            case not null when known.Audience == CommandAudience.Personal:
                // Part of the person's own conversation (the catalog says which): never answered in front of others.
                // "Start the interview" begins it in the person's private chat at once where the adapter can open one.
                turn.InvitePrivate(turn.Get("command.private"));
                turn.ContinuesPrivately = known.OpensPrivateChat && turn.Message.CanOpenPrivateChat;
                break;
            default:
                PrivateCommands.SayUnknown(turn, command.Name);
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
