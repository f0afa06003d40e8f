namespace CareerBot.Core.Conversations.Flow;

/// <summary>Which job a job question is about: the person's current job or the one they would retrain for.</summary>
internal enum JobSlot
{
    Current,
    Target,
}
