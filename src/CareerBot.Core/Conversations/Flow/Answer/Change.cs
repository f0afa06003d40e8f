namespace CareerBot.Core.Conversations.Flow.Answer;

/// <summary>How one figure of a second job compares to the first: up, down, too close to matter, or unknown.</summary>
internal enum Change
{
    Unknown,
    AboutTheSame,
    Lower,
    Higher,
}
