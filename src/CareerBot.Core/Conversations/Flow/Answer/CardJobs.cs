using CareerBot.Core.Occupations;

namespace CareerBot.Core.Conversations.Flow.Answer;

/// <summary>
/// The jobs an answer card is about: the main one with its full figures, and optionally a second one in one line — the
/// person's target (<see cref="SecondIsTarget"/>) or, for "another job", the person's own.
/// </summary>
internal sealed record CardJobs(Occupation Main, string? MainIsco, Occupation? Second = null, string? SecondIsco = null, bool SecondIsTarget = true)
{
    /// <summary>What "More" is about: the person's own job (its tasks), then the other one it is compared with, if any.</summary>
    public string MoreSubject => (SecondIsTarget || Second is null ? Subject(Main.Soc, Second?.Soc) : Subject(Second.Soc, Main.Soc)) ?? Main.Soc;

    /// <summary>"27-3043" or "27-3043>21-1013" (the value of a <see cref="Payloads.More"/> payload); null without a job.</summary>
    public static string? Subject(string? own, string? other) => (own, other) switch
    {
        ({ } first, { } second) => first + Payloads.MoreSeparator + second,
        (null, null) => null,
        _ => own ?? other,
    };
}
