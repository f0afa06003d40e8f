using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;

namespace CareerBot.Storage.LiteDb.Tests.Corpus;

/// <summary>A dialogue state a bad input arrives in: the stored conversation (none for a first message) and the kind of chat.</summary>
public sealed record StartingState(string Name, bool IsDirect, Func<ConversationKey, DateTimeOffset, Conversation?> Build)
{
    public const string Nurse = "29-1141";

    public static readonly IReadOnlyList<StartingState> All =
    [
        new("first-message", true, (_, _) => null),
        new("hello", true, (key, at) => At(key, at, DialogueStep.Hello)),
        new("current-job", true, (key, at) => At(key, at, DialogueStep.CurrentJob)),
        new("confirm-job", true, (key, at) => At(key, at, DialogueStep.ConfirmCurrentJob) with { Candidates = [Nurse, "29-1171"], CandidateIscos = ["", ""] }),
        new("worry", true, (key, at) => At(key, at, DialogueStep.WorryLevel) with { CurrentSoc = Nurse }),
        new("wrap-up", true, (key, at) => Done(key, at)),
        new("public-channel", false, (key, at) => Done(key, at)),
    ];

    public override string ToString() => Name;

    private static Conversation Done(ConversationKey key, DateTimeOffset at) =>
        At(key, at, DialogueStep.WrapUp) with { CurrentSoc = Nurse, WorryLevel = 4, Goal = CareerGoal.StayAndAdapt, KeepNotes = true, WorryNote = "robots", StoriesTold = ["s1"] };

    private static Conversation At(ConversationKey key, DateTimeOffset at, DialogueStep step) =>
        new() { Key = key, Step = step, StartedAt = at.AddDays(-1), LastActivity = at.AddMinutes(-5), Turns = 3 };
}
