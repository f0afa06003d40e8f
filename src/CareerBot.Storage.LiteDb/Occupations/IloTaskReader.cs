using System.Globalization;

namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>Reads the ILO 2025 task file (tasks and their scores per ISCO-08 group) and joins our reviewed Dutch translations to it.</summary>
internal static class IloTaskReader
{
    // The ILO file holds a UTF-8 apostrophe read once as Mac Roman ("children‚Äôs", "bosun¬¥s"); we show it as meant.
    private static readonly (string Broken, string Meant)[] Misencoded = [("\u201A\u00C4\u00F4", "\u2019"), ("\u00AC\u00A5", "\u2019")];

    /// <summary>
    /// ISCO-08 group → its tasks in file order. A translation row must name a task of the file and repeat its English text
    /// exactly: one that does not is stale (the ILO text changed after it was translated) and fails the import.
    /// </summary>
    public static Dictionary<string, List<IloTaskDocument>> Read(SeedTable tasks, SeedTable translations)
    {
        var isco = tasks.Column("isco08");
        var id = tasks.Column("task_id");
        var text = tasks.Column("task");
        var score = tasks.Column("score_2025");
        var byGroup = new Dictionary<string, List<IloTaskDocument>>(StringComparer.Ordinal);
        var byKey = new Dictionary<(string Isco, int Id), IloTaskDocument>();
        foreach (var row in tasks.Rows)
        {
            var group = SeedTable.Text(row, isco);
            var task = new IloTaskDocument { Id = TaskId(tasks, row, id), Text = Repaired(SeedTable.Text(row, text)), Score = tasks.Number(row, score) };
            if (!byKey.TryAdd((group, task.Id), task))
            {
                throw new InvalidDataException($"Seed file '{tasks.Name}' lists task {group}/{task.Id} twice.");
            }

            (byGroup.TryGetValue(group, out var list) ? list : byGroup[group] = []).Add(task);
        }

        AddDutch(translations, byKey);
        return byGroup;
    }

    private static void AddDutch(SeedTable translations, Dictionary<(string Isco, int Id), IloTaskDocument> tasks)
    {
        var isco = translations.Column("isco08");
        var id = translations.Column("task_id");
        var english = translations.Column("task_en");
        var dutch = translations.Column("task_nl");
        foreach (var row in translations.Rows)
        {
            var key = (SeedTable.Text(row, isco), TaskId(translations, row, id));
            if (!tasks.TryGetValue(key, out var task))
            {
                throw new InvalidDataException($"Seed file '{translations.Name}' translates task {key.Item1}/{key.Item2}, which the ILO task file does not have.");
            }

            if (!string.Equals(Repaired(SeedTable.Text(row, english)), task.Text, StringComparison.Ordinal))
            {
                throw new InvalidDataException(
                    $"Seed file '{translations.Name}' is stale: task {key.Item1}/{key.Item2} reads \"{task.Text}\" in the ILO file, but was translated from \"{SeedTable.Text(row, english)}\".");
            }

            if (SeedTable.TextOrNull(row, dutch) is not { } translated)
            {
                throw new InvalidDataException($"Seed file '{translations.Name}' has no Dutch text for task {key.Item1}/{key.Item2}.");
            }

            if (task.TextDutch is not null)
            {
                throw new InvalidDataException($"Seed file '{translations.Name}' translates task {key.Item1}/{key.Item2} twice.");
            }

            task.TextDutch = translated;
        }
    }

    private static int TaskId(SeedTable table, string[] row, int column) =>
        int.TryParse(SeedTable.Text(row, column), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"Seed file '{table.Name}' has '{SeedTable.Text(row, column)}' where a task number belongs.");

    private static string Repaired(string text)
    {
        foreach (var (broken, meant) in Misencoded)
        {
            text = text.Replace(broken, meant, StringComparison.Ordinal);
        }

        return text;
    }
}
