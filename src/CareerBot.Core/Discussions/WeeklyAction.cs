namespace CareerBot.Core.Discussions;

/// <summary>The /weekly sub-commands.</summary>
internal enum WeeklyAction
{
    Help,
    Now,
    Schedule,
    Pause,
    Resume,
    Skip,
    Status,
    Language,
    Pulse,
}
