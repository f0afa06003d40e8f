using System.Collections.Immutable;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Core.Texts;
using CareerBot.Core.Understanding;

namespace CareerBot.Storage.LiteDb.Tests.Conversations;

/// <summary>Test data: conversations with every field set, outbox entries and turns.</summary>
internal static class Some
{
    private static int _counter;

    public static string Id(string prefix = "id") => $"{prefix}-{Interlocked.Increment(ref _counter)}";

    public static ConversationKey Key(Platform platform = Platform.Telegram) => new(platform, Id("user"));

    public static Conversation Conversation(ConversationKey? key = null, string? note = "I am afraid my clients will use AI instead") => new()
    {
        Key = key ?? Key(),
        Step = DialogueStep.ConfirmTargetJob,
        ResumeStep = DialogueStep.WorryNote,
        Language = Language.Dutch,
        LanguageChosen = true,
        CurrentSoc = "27-3043",
        CurrentIsco = "2641",
        TargetSoc = "21-1014",
        TargetIsco = "2634",
        Candidates = ["27-3043", "27-3041", "27-3042"],
        CandidateIscos = ["2641", "", "2642"],
        Situation = WorkSituation.BetweenJobs,
        PendingTargets = ["47-2111", "49-9071"],
        PendingTargetIscos = ["7411", ""],
        Care = SafetyLevel.Distress,
        FearAcknowledged = true,
        CheckingRisk = true,
        RiskCheckDeclined = true,
        WorryLevel = 4,
        WorryNote = note,
        KeepNotes = true,
        Goal = CareerGoal.Retrain,
        Misses = 2,
        StoriesTold = ["copywriter-therapist", "editor-baker"],
        Community = "-1001234567890",
        CommunitySince = new DateTimeOffset(2026, 2, 11, 9, 0, 5, TimeSpan.FromHours(1)).AddTicks(89),
        StartedAt = new DateTimeOffset(2026, 2, 11, 9, 0, 0, 123, TimeSpan.FromHours(1)).AddTicks(4567),
        LastActivity = new DateTimeOffset(2026, 2, 12, 18, 45, 10, TimeSpan.FromHours(-5)).AddTicks(1),
        Turns = 17,
    };

    public static OutboxEntry Outbox(ConversationKey key, string messageId, int index, DateTimeOffset createdAt, string? text = null) => new()
    {
        Id = $"{messageId}:{index}",
        Key = key,
        ReplyAddress = $"chat:{key.UserId}",
        InReplyTo = messageId,
        Message = new OutgoingMessage
        {
            Text = text ?? $"Reply {index} to {messageId}",
            Choices = [new Choice("Writers and Authors", "job:27-3043"), new Choice("None of these", "job:none")],
            InvitesPrivateChat = index % 2 == 1,
            IsPersonal = index % 3 == 2,
        },
        CreatedAt = createdAt,
    };

    public static StoredTurn Turn(Conversation conversation, DateTimeOffset now, int replies = 2, string? messageId = null)
    {
        var id = messageId ?? Id("msg");
        return new StoredTurn(
            conversation.Key.Platform,
            id,
            conversation,
            [.. Enumerable.Range(0, replies).Select(i => Outbox(conversation.Key, id, i, now))]);
    }
}
