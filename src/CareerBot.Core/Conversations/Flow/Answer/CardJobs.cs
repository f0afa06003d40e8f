using CareerBot.Core.Occupations;

namespace CareerBot.Core.Conversations.Flow.Answer;

/// <summary>
/// The jobs an answer card is about: the main one with its full figures, and optionally a second one in one line — the
/// person's target (<see cref="SecondIsTarget"/>) or, for "another job", the person's own.
/// </summary>
internal sealed record CardJobs(Occupation Main, string? MainIsco, Occupation? Second = null, string? SecondIsco = null, bool SecondIsTarget = true)
{
    /// <summary>The "More" payload: tasks of the person's own job, then the comparison with the other one, or the moves.</summary>
    public string MorePayload => Second is null ? Payloads.More + Main.Soc
        : SecondIsTarget ? Payloads.More + Main.Soc + Payloads.MoreSeparator + Second.Soc
        : Payloads.More + Second.Soc + Payloads.MoreSeparator + Main.Soc;
}
