using CareerBot.Core.Conversations;

namespace CareerBot.Core.Tests.Understanding;

/// <summary>One line of a slot set: the job, worry, goal and target job a message gives ("-" where it gives none).</summary>
internal sealed record SlotCase(string[] Current, int? Worry, CareerGoal? Goal, string[] Target, string Text)
{
    public static IReadOnlyList<SlotCase> Load(string file) =>
    [
        .. EvaluationFile.Rows(file).Select(p => new SlotCase(Codes(p[0]), p[1] == "-" ? null : int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), ParseGoal(p[2]), Codes(p[3]), p[4])),
    ];

    public static string[] Codes(string field) => field == "-" ? [] : field.Split('|');

    private static CareerGoal? ParseGoal(string field) => field switch
    {
        "adapt" => CareerGoal.StayAndAdapt,
        "retrain" => CareerGoal.Retrain,
        "own" => CareerGoal.StartOwn,
        "unsure" => CareerGoal.NotSure,
        _ => null,
    };
}
