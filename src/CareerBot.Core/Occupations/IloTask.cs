namespace CareerBot.Core.Occupations;

/// <summary>One task of an ISCO-08 unit group in the ILO (Gmyrek et al. 2025) task file, with its exposure score.</summary>
/// <param name="Id">The task's number within its group (task_id).</param>
/// <param name="Text">The task as the ILO words it (English).</param>
/// <param name="TextDutch">Our reviewed Dutch translation (seeds/ilo_tasks_nl.csv), or null when there is none.</param>
/// <param name="Score">The 2025 exposure score, 0–1 (null when the file has none).</param>
public sealed record IloTask(int Id, string Text, string? TextDutch, double? Score)
{
    /// <summary>
    /// The two tasks most exposed to generative AI (highest 2025 score first; ties by task number) and the two least exposed
    /// (lowest first), never the same task twice. Groups with fewer than four scored tasks give what they have.
    /// </summary>
    public static (IReadOnlyList<IloTask> MostExposed, IReadOnlyList<IloTask> LeastExposed) Extremes(IReadOnlyList<IloTask> tasks, int count = 2)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var scored = tasks.Where(t => t.Score is not null).ToList();
        var most = scored.OrderByDescending(t => t.Score).ThenBy(t => t.Id).Take(count).ToList();
        var least = scored.Where(t => !most.Contains(t)).OrderBy(t => t.Score).ThenBy(t => t.Id).Take(count).ToList();
        return (most, least);
    }
}
