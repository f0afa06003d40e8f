using CareerBot.EndToEnd.Tests.Telegram.Soak;

namespace CareerBot.EndToEnd.Tests.Cluster;

/// <summary>The Telegram people's replies counted against their scripts (see <see cref="ChatTally"/>).</summary>
internal sealed record TelegramTally(IReadOnlyList<ChatTally> Chats, IReadOnlyList<string> DuplicateNotes, int KillWindowDuplicates, int Finished)
{
    public int Expected => Chats.Sum(c => c.Expected);

    public int Delivered => Chats.Sum(c => c.Delivered);

    public int Duplicated => Chats.Sum(c => c.Duplicated);

    public int Lost => Chats.Sum(c => c.Lost);

    public int Unexpected => Chats.Sum(c => c.Unexpected);

    public int InOrder => Chats.Count(c => c.InOrder);
}
