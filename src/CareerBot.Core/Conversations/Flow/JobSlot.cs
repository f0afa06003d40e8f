namespace CareerBot.Core.Conversations.Flow;

/// <summary>Which job a job question is about: the person's own, the one they would move into, or one more to look at.</summary>
internal enum JobSlot
{
    Current,
    Target,
    Other,
}
