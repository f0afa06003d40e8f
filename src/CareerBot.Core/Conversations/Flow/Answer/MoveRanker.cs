using CareerBot.Core.Occupations;

namespace CareerBot.Core.Conversations.Flow.Answer;

/// <summary>
/// Ranks the occupations O*NET lists as related to a job on several criteria at once, not on Frey &amp; Osborne alone:
/// generative-AI exposure (Eloundou), automation probability (Frey &amp; Osborne), US projected growth and median wage
/// (BLS) against the person's job, and O*NET relatedness. A move must be clearly lower on exposure or automation (by
/// more than the margins of <see cref="FigureChanges"/>), not clearly more exposed (0.05), not more than 0.10 higher in
/// automation probability, not shrinking in the US by more than 3% to 2034, and not paying more than 15% less (a step
/// down is no move to suggest; a person's own target is compared whatever it pays); management jobs are promotions rather
/// than moves and are left out unless the person manages already.
/// </summary>
internal sealed class MoveRanker(IOccupationCatalog occupations)
{
    public const int MaxMoves = 3;
    private const double AutomationWorseAllowed = 0.10;
    private const double ShrinkingFrom = -3.0;
    private const double PayDropAllowed = 0.15;
    private const int RelatedConsidered = 20;

    public IReadOnlyList<Move> Rank(Occupation current)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (current.AutomationProbability is not { } ownAutomation || current.GenAiExposure is not { } ownExposure)
        {
            return [];
        }

        var moves = new List<Move>();
        var related = current.RelatedSocs.Take(RelatedConsidered).ToList();
        for (var index = 0; index < related.Count; index++)
        {
            if (occupations.Find(related[index]) is not { } candidate
                || candidate.Soc == current.Soc
                || (IsManagement(candidate.Soc) && !IsManagement(current.Soc))
                || candidate.AutomationProbability is not { } automation
                || candidate.GenAiExposure is not { } exposure)
            {
                continue;
            }

            var exposureGain = ownExposure - exposure;
            var automationGain = ownAutomation - automation;
            var clearlyLower = exposureGain >= FigureChanges.ExposureMargin || automationGain >= FigureChanges.AutomationMargin;
            var clearlyHigher = exposureGain <= -FigureChanges.ExposureMargin || automationGain < -AutomationWorseAllowed;
            var paysClearlyLess = current.MedianWage is > 0 && candidate.MedianWage < current.MedianWage * (1 - PayDropAllowed);
            if (!clearlyLower || clearlyHigher || candidate.GrowthPercent < ShrinkingFrom || paysClearlyLess)
            {
                continue;
            }

            moves.Add(new Move(candidate, Score(current, candidate, exposureGain, automationGain, index), FigureChanges.Between(current, candidate)));
        }

        return [.. moves.OrderByDescending(m => m.Score).ThenBy(m => related.IndexOf(m.Occupation.Soc)).Take(MaxMoves)];
    }

    /// <summary>
    /// Points: 1 per 0.1 less exposure, 1 per 0.33 less automation probability, 1 per 5 points of growth (±2 at most),
    /// 0.5 per 10% more pay (±1.5 at most), and up to 1 for being listed first by O*NET.
    /// </summary>
    internal static double Score(Occupation current, Occupation candidate, double exposureGain, double automationGain, int relatedIndex)
    {
        var score = (exposureGain * 10) + (automationGain * 3) + (1 - ((double)relatedIndex / RelatedConsidered));
        if (candidate.GrowthPercent is { } growth)
        {
            score += Math.Clamp(growth / 5, -2, 2);
        }

        if (current.MedianWage is > 0 && candidate.MedianWage is { } wage)
        {
            score += Math.Clamp((wage - current.MedianWage.Value) / current.MedianWage.Value * 5, -1.5, 1.5);
        }

        return score;
    }

    private static bool IsManagement(string soc) => soc.StartsWith("11-", StringComparison.Ordinal);
}
