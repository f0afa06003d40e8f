namespace CareerBot.Core.Communities;

/// <summary>
/// k-anonymity for one table whose cells add up to a known total (every person in exactly one cell). A cell of 1 to 4
/// people is "fewer than 5". Then, as long as the total minus the shown cells pins down any held-back cell (one "fewer
/// than 5" alone; or two whose bounds leave one value), the smallest shown cell is held back too ("hidden", known to be
/// 5 or more). When even that cannot help, the whole table is hidden; and so it is when fewer than two cells are not
/// empty, since "everyone answered alike" tells each person's answer.
/// </summary>
internal static class SmallCells
{
    public const int K = 5;

    public static IReadOnlyList<PulseFigure> Suppress(IReadOnlyList<string> categories, IReadOnlyList<int> counts)
    {
        if (counts.Count(c => c > 0) < 2)
        {
            return Withheld(categories);
        }

        var total = counts.Sum();
        var hiding = counts.Select(c => c is > 0 and < K ? FigureHiding.FewerThanFive : FigureHiding.Shown).ToArray();
        while (Pinned(counts, hiding, total))
        {
            var next = Enumerable.Range(0, counts.Count).Where(i => hiding[i] == FigureHiding.Shown && counts[i] > 0).OrderBy(i => counts[i]).ThenBy(i => i).ToList();
            if (next.Count == 0)
            {
                return Withheld(categories);
            }

            hiding[next[0]] = FigureHiding.Hidden;
        }

        return [.. categories.Select((c, i) => new PulseFigure(c, hiding[i] == FigureHiding.Shown ? counts[i] : null, hiding[i]))];
    }

    private static PulseFigure[] Withheld(IReadOnlyList<string> categories) => [.. categories.Select(c => new PulseFigure(c, null, FigureHiding.Hidden))];

    /// <summary>True when a reader who knows the total, the shown cells and what each label means can tell a held-back cell's value.</summary>
    private static bool Pinned(IReadOnlyList<int> counts, FigureHiding[] hiding, int total)
    {
        var held = Enumerable.Range(0, counts.Count).Where(i => hiding[i] != FigureHiding.Shown).ToList();
        if (held.Count == 0)
        {
            return false;
        }

        var rest = total - Enumerable.Range(0, counts.Count).Where(i => hiding[i] == FigureHiding.Shown).Sum(i => counts[i]);
        var low = held.ToDictionary(i => i, i => hiding[i] == FigureHiding.FewerThanFive ? 1 : K);
        var high = held.ToDictionary(i => i, i => hiding[i] == FigureHiding.FewerThanFive ? K - 1 : total);
        var lows = low.Values.Sum();
        var highs = high.Values.Sum();
        return held.Any(i => Math.Max(low[i], rest - (highs - high[i])) >= Math.Min(high[i], rest - (lows - low[i])));
    }
}
