using System.Text.RegularExpressions;
using CareerBot.Core.Messaging;
using CareerBot.Core.Understanding;
using CareerBot.Core.Understanding.Safety;

namespace CareerBot.Core.Conversations.Flow.Steps;

/// <summary>
/// When someone is not okay (SAFETY.md): help lines first and warm words; the interview waits. Every later message is
/// read again: the lines come back when risk continues, chat and text options when calling feels too much, and the
/// questions resume only when the person says so.
/// </summary>
internal sealed partial class CareStep : IStep
{
    public IReadOnlyList<DialogueStep> Serves { get; } = [DialogueStep.Paused];

    public Choice[] Choices(Turn turn) => turn.Conversation.Care == SafetyLevel.Crisis
        ? []
        : [turn.Option("distress.continue", Payloads.PauseContinue), turn.Option("distress.later", Payloads.PauseLater)];

    public void Ask(Turn turn, int variant) => turn.SayKey(turn.Conversation.Care == SafetyLevel.Crisis ? "care.listen" : "paused.reminder", Choices(turn));

    /// <summary>Pauses the interview for a message that shows risk or distress, answering it with care.</summary>
    public static void Enter(Turn turn, SafetyReading safety, DialogueStep resumeAt)
    {
        var crisis = safety.Level == SafetyLevel.Crisis;
        if (!InterviewMap.IsPause(turn.Conversation.Step) || turn.Conversation.Step == DialogueStep.Paused)
        {
            turn.Conversation = turn.Conversation with { ResumeStep = turn.Conversation.Step == DialogueStep.Paused ? turn.Conversation.ResumeStep : resumeAt };
        }

        turn.Conversation = turn.Conversation with { Care = crisis ? SafetyLevel.Crisis : SafetyLevel.Distress };
        turn.GoTo(DialogueStep.Paused);
        if (crisis && !safety.IsCertain)
        {
            turn.Conversation = turn.Conversation with { CheckingRisk = true };
            turn.SayKey("care.check", turn.Option("care.check.safe", Payloads.PauseContinue), turn.Option("care.check.notok", Payloads.CareNotOk));
            return;
        }

        if (crisis)
        {
            turn.SayKey("care.crisis");
            return;
        }

        var text = turn.Get("care.distress") + (safety.MoneyTrouble ? "\n" + turn.Get("care.money") : string.Empty) + "\n\n" + turn.Get("care.distress.ask");
        turn.Say(text, [turn.Option("distress.continue", Payloads.PauseContinue), turn.Option("distress.later", Payloads.PauseLater)]);
    }

    public void Answer(Turn turn, Interview interview)
    {
        var safety = turn.Payload is null ? SafetyTriage.Assess(turn.Text) : SafetyReading.Calm;
        var said = ChatText.Normalize(turn.Text);
        var checking = turn.Conversation.CheckingRisk;
        turn.Conversation = turn.Conversation with { CheckingRisk = false };
        if (checking && turn.Payload is null && NoCall().IsMatch(said))
        {
            // "I don't want to call anyone" answers the check: risk is there, and writing is the way in.
            turn.Conversation = turn.Conversation with { Care = SafetyLevel.Crisis };
            turn.SayKey("care.nocall");
        }
        else if (turn.Payload == Payloads.CareNotOk || (checking && turn.Payload is null && !SaysSafe(turn, said) && (SaysNotOk(turn, said) || safety.Level == SafetyLevel.Crisis)))
        {
            turn.Conversation = turn.Conversation with { Care = SafetyLevel.Crisis };
            turn.SayKey("care.crisis");
        }
        else if (checking && (turn.Payload == Payloads.PauseContinue || (turn.Payload is null && SaysSafe(turn, said))))
        {
            // "No, I'm fine": believed, with a short sorry; the model alone will not ask again, and their answer stands.
            turn.Conversation = turn.Conversation with { RiskCheckDeclined = true };
            turn.SayKey(turn.Payload is null ? "care.check.sorry" : "care.check.thanks");
            interview.Resume(turn);
        }
        else if (checking)
        {
            turn.SayKey("care.check.again", turn.Option("care.check.safe", Payloads.PauseContinue), turn.Option("care.check.notok", Payloads.CareNotOk));
            turn.Conversation = turn.Conversation with { CheckingRisk = true };
        }
        else if (safety.Level == SafetyLevel.Crisis && safety.IsCertain)
        {
            turn.Conversation = turn.Conversation with { Care = SafetyLevel.Crisis };
            turn.SayKey("care.crisis.again");
        }
        else if (turn.Payload is null && NoCall().IsMatch(said))
        {
            turn.SayKey("care.nocall");
        }
        else if (turn.Payload == Payloads.PauseContinue || (turn.Payload is null && WantsToGoOn(turn, said)))
        {
            turn.SayKey("care.resume");
            interview.Resume(turn);
        }
        else if (turn.Payload == Payloads.PauseLater)
        {
            turn.SayKey("distress.later.ok");
        }
        else if (turn.Conversation.Care == SafetyLevel.Crisis || safety.Level == SafetyLevel.Crisis)
        {
            turn.Say(turn.Get("care.listen") + (safety.MoneyTrouble ? "\n" + turn.Get("care.money") : string.Empty));
        }
        else
        {
            turn.SayKey("care.distress.listen", Choices(turn));
        }
    }

    // After "are you having thoughts of ending your life?": "no", "I'm fine", "you got it wrong", "nee hoor".
    private static bool SaysSafe(Turn turn, string said) =>
        !NotOk().IsMatch(said)
        && (turn.Reading.Answer == ShortAnswer.No || said.Split('|').Any(clause => clause.Trim() is "no" or "nope" or "nee" or "nah" or "neen") || Safe().IsMatch(said));

    private static bool SaysNotOk(Turn turn, string said) => turn.Reading.Answer == ShortAnswer.Yes || NotOk().IsMatch(said);

    [GeneratedRegex(@"(?<![a-z0-9])(?:(?:im|i m|i am|ik ben|het gaat|gaat|all|its all) (?:\w+ )?(?:fine|ok|okay|safe|alright|good|goed|prima|oke|veilig)|not suicidal|niet suicidaal|no (?:such )?thoughts|geen (?:\w+ )?gedachten|got it wrong|misunderstood|misread|verkeerd begrepen|zo bedoelde ik (?:het )?niet|niet zo bedoeld|dat bedoelde ik niet|of course not|natuurlijk niet|helemaal niet|not at all|no way|stop asking|hoe kom je (?:daar|erbij)(?: \w+)? bij|where did that come from|why would you ask)(?![a-z0-9])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Safe();

    [GeneratedRegex(@"(?<![a-z0-9])(?:not (?:really )?(?:ok|okay|fine|good|safe|great|alright)|niet (?:zo )?(?:goed|oke|ok|veilig)|het gaat niet|kind of|a bit|sometimes|soms|een beetje|maybe|misschien|i think so|denk het wel|yes|ja)(?![a-z0-9])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NotOk();

    // Coming back is the person's choice: "yes", "continue", "let's go on with the questions".
    private static bool WantsToGoOn(Turn turn, string said) => turn.Reading.Answer == ShortAnswer.Yes || GoOn().IsMatch(said);

    [GeneratedRegex(@"(?<![a-z0-9])(?:(?:dont|do not|don t|cant|can t|cannot|wont|niet|geen zin om|durf (?:niet|nie)) (?:\w+ ){0,3}(?:call|phone|ring|talk to|bellen|praten|opbellen)|(?:hate|haat) (?:the )?(?:phone|phones|calling|bellen)|no one to call|niemand om te bellen|(?:wil|wilde) (?:\w+ )?niemand (?:\w+ )?(?:bellen|spreken)|geen zin (?:om )?te bellen|whats the point of calling|heeft bellen zin)(?![a-z0-9])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NoCall();

    [GeneratedRegex(@"(?<![a-z0-9])(?:continue|carry on|go on|keep going|go back|back to|the questions|job stuff|finish|lets go on|lets continue|verder|ga door|ga verder|doorgaan|de vragen|terug naar)(?![a-z0-9])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex GoOn();
}
