using CareerBot.Core.Understanding;

namespace CareerBot.Core.Tests.Understanding;

/// <summary>One line of a status set: the work situation a message states and the job or field it names.</summary>
internal sealed record StatusCase(WorkSituation Situation, string[] Field, string Text)
{
    public static IReadOnlyList<StatusCase> Load(string file) =>
    [
        .. EvaluationFile.Rows(file).Select(p => new StatusCase(ParseSituation(p[0]), SlotCase.Codes(p[1]), p[2])),
    ];

    private static WorkSituation ParseSituation(string field) => field switch
    {
        "student" => WorkSituation.Student,
        "unemployed" => WorkSituation.Unemployed,
        "between-jobs" => WorkSituation.BetweenJobs,
        "retired" => WorkSituation.Retired,
        "homemaker" => WorkSituation.AtHome,
        _ => WorkSituation.Working,
    };
}
