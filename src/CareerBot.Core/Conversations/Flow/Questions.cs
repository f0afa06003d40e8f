using System.Collections.Immutable;
using CareerBot.Core.Messaging;
using CareerBot.Core.Occupations;

namespace CareerBot.Core.Conversations.Flow;

/// <summary>Asks the question of each step, plainly or (after a miss) in other words.</summary>
internal sealed class Questions(IOccupationCatalog occupations)
{
    private const int ButtonLabelLimit = 80;

    public void Ask(Turn turn) => Ask(turn, turn.Conversation.Step);

    /// <summary>The question of <paramref name="step"/>; <paramref name="variant"/> picks another wording (1, 2).</summary>
    public void Ask(Turn turn, DialogueStep step, int variant = 0)
    {
        var conversation = turn.Conversation;
        switch (step)
        {
            case DialogueStep.Hello:
                turn.SayKey(variant == 0 ? "hello" : "hello.retry", turn.Option("hello.choice.start", Payloads.Start), turn.Option("hello.choice.privacy", Payloads.Command + "privacy"));
                break;
            case DialogueStep.CurrentJob:
                turn.SayKey(Variant("ask.job", variant));
                break;
            case DialogueStep.TargetJob:
                turn.SayKey(Variant("ask.target", variant), turn.Option("choice.skip", Payloads.TargetJob + Payloads.Skip));
                break;
            case DialogueStep.ConfirmCurrentJob:
                turn.Say(turn.Text(variant == 0 ? "confirm.job" : "confirm.retry"), CandidateChoices(turn, conversation.Candidates, Payloads.CurrentJob));
                break;
            case DialogueStep.ConfirmTargetJob:
                turn.Say(turn.Text(variant == 0 ? "confirm.target" : "confirm.retry"), CandidateChoices(turn, conversation.Candidates, Payloads.TargetJob));
                break;
            case DialogueStep.WorryLevel:
                turn.Say(turn.Text(Variant("ask.worry", variant)), WorryChoices());
                break;
            case DialogueStep.WorryNote:
                turn.SayKey(conversation.KeepNotes ? "ask.note.keep.ok" : "ask.note", NoteChoices(turn, conversation.KeepNotes));
                break;
            case DialogueStep.Goal:
                turn.Say(turn.Text(Variant("ask.goal", variant)), GoalChoices(turn));
                break;
            case DialogueStep.Assessment or DialogueStep.Stories:
                turn.SayKey("ask.story", turn.Option("story.yes", Payloads.StoryYes), turn.Option("story.skip", Payloads.StorySkip));
                break;
            case DialogueStep.WrapUp:
                turn.SayKey("wrapup", WrapUpChoices(turn));
                break;
            case DialogueStep.ConfirmForget:
                turn.SayKey("forget.confirm", turn.Option("forget.yes", Payloads.ForgetYes), turn.Option("forget.no", Payloads.ForgetNo));
                break;
            case DialogueStep.Paused:
                turn.SayKey("paused.reminder", PauseChoices(turn));
                break;
            case DialogueStep.Welcome:
                turn.SayKey("welcome.back", turn.Option("welcome.resume", Payloads.Resume), turn.Option("welcome.restart", Payloads.Command + "restart"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step, "No question for this step.");
        }
    }

    public static Choice[] PauseChoices(Turn turn) =>
        [turn.Option("distress.continue", Payloads.PauseContinue), turn.Option("distress.later", Payloads.PauseLater)];

    public static Choice[] WrapUpChoices(Turn turn) =>
    [
        turn.Option("wrap.another", Payloads.WrapAnother),
        turn.Option("wrap.story", Payloads.WrapStory),
        turn.Option("wrap.restart", Payloads.Command + "restart"),
        turn.Option("wrap.forget", Payloads.Command + "forget"),
    ];

    public Choice[] CandidateChoices(Turn turn, ImmutableArray<string> candidates, string prefix)
    {
        var choices = candidates.Select(soc => new Choice(Label(occupations.Display(soc, turn.Language)), prefix + soc)).ToList();
        choices.Add(turn.Option("confirm.none", prefix + Payloads.None));
        return [.. choices];
    }

    private static Choice[] WorryChoices() =>
        [.. Enumerable.Range(1, 5).Select(level => new Choice(level.ToString(System.Globalization.CultureInfo.InvariantCulture), Payloads.Worry + level))];

    private static Choice[] NoteChoices(Turn turn, bool keeping) =>
        keeping
            ? [turn.Option("choice.skip", Payloads.NoteSkip)]
            : [turn.Option("ask.note.keep", Payloads.NoteKeep), turn.Option("choice.skip", Payloads.NoteSkip)];

    private static Choice[] GoalChoices(Turn turn) =>
    [
        turn.Option("goal.adapt", Payloads.Goal + "adapt"),
        turn.Option("goal.retrain", Payloads.Goal + "retrain"),
        turn.Option("goal.own", Payloads.Goal + "own"),
        turn.Option("goal.unsure", Payloads.Goal + "unsure"),
    ];

    private static string Variant(string key, int variant) => variant == 0 ? key : $"{key}.retry{Math.Min(variant, 2)}";

    private static string Label(string text) => text.Length <= ButtonLabelLimit ? text : string.Concat(text.AsSpan(0, ButtonLabelLimit - 1), "…");
}
