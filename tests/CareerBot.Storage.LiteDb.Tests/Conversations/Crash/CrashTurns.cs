using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;

namespace CareerBot.Storage.LiteDb.Tests.Conversations.Crash;

/// <summary>The deterministic turns the crash writer stores, so the parent can tell exactly what an intact record looks like.</summary>
internal static class CrashTurns
{
    public static readonly DateTimeOffset Epoch = new(2026, 2, 11, 0, 0, 0, TimeSpan.Zero);

    public static string User(int index) => $"crash-user-{index:D3}";

    public static string MessageId(string user, int turn) => $"{user}/{turn}";

    /// <summary>Notes vary in length (up to ~9 KB) so documents move between pages and span several.</summary>
    public static Conversation Conversation(string user, int turn)
    {
        var key = new ConversationKey(Platform.Telegram, user);
        var noteLength = 40 + (turn * 997 % 9_000);
        return Some.Conversation(key, note: string.Concat(Enumerable.Repeat($"{user} turn {turn}; ", noteLength / 20 + 1))[..noteLength]) with
        {
            Turns = turn,
            Misses = turn % 3,
            Candidates = [.. Enumerable.Range(0, turn % 5).Select(i => $"{turn}-{i}")],
            StartedAt = Epoch,
            LastActivity = Epoch.AddMinutes(turn),
        };
    }

    public static StoredTurn Turn(string user, int turn)
    {
        var conversation = Conversation(user, turn);
        var messageId = MessageId(user, turn);
        return new StoredTurn(Platform.Telegram, messageId, conversation,
        [
            Some.Outbox(conversation.Key, messageId, 0, Epoch.AddMinutes(turn), $"reply 0 to {messageId}"),
            Some.Outbox(conversation.Key, messageId, 1, Epoch.AddMinutes(turn), $"reply 1 to {messageId}"),
        ]);
    }
}
