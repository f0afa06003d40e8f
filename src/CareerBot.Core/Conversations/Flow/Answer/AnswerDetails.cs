using System.Text;
using CareerBot.Core.Occupations;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Conversations.Flow.Answer;

/// <summary>
/// What "More" shows under a card, each message at most <see cref="MaxLength"/> characters: the job's tasks most and
/// least exposed to generative AI (ILO task file), then the comparison with the other job (pay included, and which
/// differences are too close to matter) or the moves with their reasons, then what the figures are and where they come from.
/// </summary>
internal sealed class AnswerDetails(IOccupationCatalog occupations, MoveRanker moves)
{
    public const int MaxLength = 1000;
    private const int TaskLength = 150;

    /// <summary>Answers a "More" payload; false when it names no occupation we hold.</summary>
    public bool Tell(Turn turn, string value)
    {
        var parts = value.Split(Payloads.MoreSeparator);
        if (occupations.Find(parts[0]) is not { } main)
        {
            return false;
        }

        var other = parts.Length > 1 ? occupations.Find(parts[1]) : null;
        var isco = main.Soc == turn.Conversation.CurrentSoc ? turn.Conversation.CurrentIsco : null;
        turn.Say(Tasks(turn, main, occupations.For(main, isco)));
        turn.Say(other is null ? Moves(turn, main) : Compare(turn, main, other));
        var about = About(turn, main, other);
        var caveat = turn.Get("assess.caveat");
        if (about.Length + 1 + caveat.Length <= MaxLength)
        {
            turn.Say(about + "\n" + caveat);
        }
        else
        {
            turn.Say(about);
            turn.Say(caveat);
        }

        return true;
    }

    public static string Tasks(Turn turn, Occupation occupation, IloExposure? ilo)
    {
        if (ilo is null || ilo.Tasks.Count == 0)
        {
            return turn.Format("details.tasks.none", OccupationNames.Display(occupation, turn.Language));
        }

        var (most, least) = IloTask.Extremes(ilo.Tasks);
        var text = new StringBuilder(turn.Format("details.tasks.header", CardNames.Ilo(ilo, turn.Language)));
        text.Append('\n').Append(turn.Get("details.tasks.most"));
        foreach (var task in most)
        {
            text.Append('\n').Append(Task(turn, task));
        }

        text.Append('\n').Append(turn.Get("details.tasks.least"));
        foreach (var task in least)
        {
            text.Append('\n').Append(Task(turn, task));
        }

        if (turn.Language == Language.Dutch && most.Concat(least).Any(t => t.TextDutch is null))
        {
            text.Append('\n').Append(turn.Get("details.tasks.english"));
        }

        return text.ToString();
    }

    private static string Task(Turn turn, IloTask task)
    {
        var words = turn.Language == Language.Dutch && task.TextDutch is { Length: > 0 } dutch ? dutch : task.Text;
        // The ILO file has some apostrophes garbled by a wrong encoding ("‚Äô"); they are shown as the apostrophe they were.
        words = words.Replace("‚Äô", "’", StringComparison.Ordinal).Trim().TrimEnd(';', '.', ',').Trim();
        if (words.Length > TaskLength)
        {
            var cut = words.LastIndexOf(' ', TaskLength - 1);
            words = words[..(cut > 40 ? cut : TaskLength - 1)].TrimEnd(',', ';', ' ') + "…";
        }

        return turn.Format("details.tasks.item", char.ToUpper(words[0], TextCatalog.Culture(turn.Language)) + words[1..], RiskFigures.Score(turn.Language, task.Score ?? 0));
    }

    private string Moves(Turn turn, Occupation occupation)
    {
        var ranked = moves.Rank(occupation);
        if (ranked.Count == 0)
        {
            return turn.Format("details.moves.none", OccupationNames.Display(occupation, turn.Language));
        }

        var text = new StringBuilder(turn.Get("details.moves.header"));
        foreach (var move in ranked)
        {
            text.Append('\n').Append(turn.Format("details.moves.item", OccupationNames.Display(move.Occupation, turn.Language), string.Join(", ", Reasons(turn, occupation, move))));
        }

        return Fit(text.ToString());
    }

    private static IEnumerable<string> Reasons(Turn turn, Occupation from, Move move)
    {
        var to = move.Occupation;
        var language = turn.Language;
        var changes = move.Changes;
        yield return turn.Format("details.moves.genai." + Word(changes.Exposure), RiskFigures.ExposureOrUnknown(turn, to.GenAiExposure), RiskFigures.ExposureOrUnknown(turn, from.GenAiExposure));
        yield return turn.Format("details.moves.automation." + Word(changes.Automation), RiskFigures.AutomationOrUnknown(turn, to.AutomationProbability), RiskFigures.AutomationOrUnknown(turn, from.AutomationProbability));
        if (to.GrowthPercent is { } growth)
        {
            yield return turn.Format("details.moves.growth", RiskFigures.Growth(language, growth));
        }

        if (changes.Wage != Change.Unknown)
        {
            yield return turn.Format("details.moves.pay", AnswerCard.PayChange(turn, changes));
        }
    }

    private static string Compare(Turn turn, Occupation from, Occupation to)
    {
        var changes = FigureChanges.Between(from, to);
        var language = turn.Language;
        var lines = new List<string>
        {
            turn.Format("details.compare.header", OccupationNames.Display(from, language), OccupationNames.Display(to, language)),
            turn.Format("details.compare.automation", RiskFigures.AutomationOrUnknown(turn, from.AutomationProbability), RiskFigures.AutomationOrUnknown(turn, to.AutomationProbability), Verdict(turn, changes.Automation)),
            turn.Format("details.compare.genai", RiskFigures.ExposureOrUnknown(turn, from.GenAiExposure), RiskFigures.ExposureOrUnknown(turn, to.GenAiExposure), Verdict(turn, changes.Exposure)),
        };
        if (AnswerCard.Pay(turn, from, to) is { } pay)
        {
            lines.Add("• " + pay);
        }

        if (from.GrowthPercent is { } a && to.GrowthPercent is { } b)
        {
            lines.Add(turn.Format("details.compare.growth", RiskFigures.Growth(language, a), RiskFigures.Growth(language, b), Verdict(turn, changes.Growth)));
        }

        if (turn.Conversation.Goal is { } goal)
        {
            lines.Add(turn.Get("assess.goal." + Assessment.GoalKey(goal)));
        }

        return Fit(string.Join('\n', lines));
    }

    private static string About(Turn turn, Occupation main, Occupation? other)
    {
        var lines = new List<string>();
        foreach (var occupation in other is null ? [main] : new[] { main, other })
        {
            if (occupation.AutomationGroupTitle is { } group)
            {
                lines.Add(turn.Format("details.about.automation.group", OccupationNames.Display(occupation, turn.Language), CardNames.Group(group, occupation.AutomationGroupTitleDutch, turn.Language)));
            }

            if (occupation.BlsGroupTitle is { } bls && (occupation.GrowthPercent is not null || occupation.MedianWage is not null))
            {
                lines.Add(turn.Format("assess.bls.group", CardNames.Group(bls, occupation.BlsGroupTitleDutch, turn.Language)).Trim());
            }
        }

        lines.Add(turn.Get("details.about.us"));
        // Retraining help, but not pressed on someone who chose to stay.
        if (turn.Language == Language.Dutch && turn.Conversation.Goal != CareerGoal.StayAndAdapt)
        {
            lines.Add(turn.Get("details.about.retraining.nl"));
        }

        return Fit(string.Join('\n', lines));
    }

    private static string Verdict(Turn turn, Change change) => change switch
    {
        Change.AboutTheSame => turn.Get("details.compare.close"),
        Change.Lower => turn.Get("details.compare.lower"),
        Change.Higher => turn.Get("details.compare.higher"),
        _ => string.Empty,
    };

    private static string Word(Change change) => change switch
    {
        Change.Lower => "lower",
        Change.Higher => "higher",
        Change.AboutTheSame => "same",
        _ => "unknown",
    };

    /// <summary>Never more than <see cref="MaxLength"/> characters: whole lines are dropped from the end before that.</summary>
    private static string Fit(string text)
    {
        while (text.Length > MaxLength && text.LastIndexOf('\n') is > 0 and var cut)
        {
            text = text[..cut];
        }

        return text;
    }
}
