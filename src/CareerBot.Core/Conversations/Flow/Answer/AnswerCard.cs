using CareerBot.Core.Messaging;
using CareerBot.Core.Occupations;
using CareerBot.Core.Pictures;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Conversations.Flow.Answer;

/// <summary>
/// The short answer: one job's figures with source and year, the second job in one line with the pay change, the moves
/// by name, and a "More" button for the tasks, the reasons and the sources — at most <see cref="MaxLength"/> characters,
/// with a picture of the same figures when pictures are on.
/// </summary>
internal sealed class AnswerCard(IOccupationCatalog occupations, MoveRanker moves, DialogueSettings settings)
{
    public const int MaxLength = 700;
    private const int ShortName = 45;

    /// <param name="withMore">False when the question that follows offers "More" itself (the interview's story question), or there is no conversation to offer it in.</param>
    /// <param name="closing">The last line's text key: the default points to "More".</param>
    public OutgoingMessage Build(Turn turn, CardJobs jobs, string header = "card.header", IReadOnlyList<Choice>? extraChoices = null, bool withMore = true, string closing = "card.end")
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var main = jobs.Main;
        var mainIlo = occupations.For(main, jobs.MainIsco);
        var ranked = jobs.Second is null ? moves.Rank(main) : [];

        // Shorter forms first drop the ILO group's name, then the moves' names (they are in More and on the picture),
        // then shorten long occupation names, then say "a wider group's figure" without the group's name (More names it);
        // every figure and its source stay.
        string text = string.Empty;
        for (var shape = 0; shape < 5; shape++)
        {
            var nameLength = shape < 3 ? int.MaxValue : ShortName;
            var nameGroups = shape < 4;
            var lines = new List<string> { turn.Format(header, CardNames.Shorten(OccupationNames.Display(main, turn.Language), nameLength)) };
            lines.AddRange(Figures(turn, main, mainIlo, withIloTitle: shape == 0, nameLength, nameGroups));
            if (jobs.Second is { } second)
            {
                lines.Add(SecondLine(turn, jobs, second, nameLength));
                if (Pay(turn, jobs.SecondIsTarget ? main : second, jobs.SecondIsTarget ? second : main) is { } pay)
                {
                    lines.Add(pay);
                }
            }
            else if (ranked.Count > 0 && shape < 2)
            {
                lines.Add(turn.Format("card.moves", string.Join("; ", ranked.Select(m => OccupationNames.Display(m.Occupation, turn.Language)))));
            }

            lines.Add(turn.Get(closing));
            text = string.Join('\n', lines);
            if (text.Length <= MaxLength)
            {
                break;
            }
        }

        if (turn.Message.IsDirect)
        {
            turn.Conversation = turn.Conversation with { LastCard = jobs.MoreSubject };
        }

        return new OutgoingMessage
        {
            Text = text,
            Choices = withMore ? [new Choice(turn.Get("choice.more"), Payloads.More + jobs.MoreSubject), .. extraChoices ?? []] : [.. extraChoices ?? []],
            Picture = settings.Pictures ? RiskCardPictures.Build(turn, jobs, mainIlo, jobs.Second is { } s ? occupations.For(s, jobs.SecondIsco) : null, ranked) : null,
        };
    }

    /// <summary>Automation, generative-AI exposure, ILO and US lines of one job (a missing figure is said to be missing).</summary>
    private static IEnumerable<string> Figures(Turn turn, Occupation occupation, IloExposure? ilo, bool withIloTitle, int nameLength, bool nameGroups)
    {
        var language = turn.Language;
        if (occupation.AutomationProbability is not { } probability)
        {
            yield return turn.Get("card.automation.missing");
        }
        else
        {
            var band = turn.Get("assess.band." + RiskFigures.AutomationBand(probability));
            yield return occupation.AutomationGroupTitle switch
            {
                null => turn.Format("card.automation", band, RiskFigures.Percent(language, probability)),

                // Several older codes merged (e.g. two kinds of software developer), or no room for the name: More names them.
                { } group when !nameGroups || group.Contains(';', StringComparison.Ordinal) =>
                    turn.Format("card.automation.groups", band, RiskFigures.Percent(language, probability)),
                { } group => turn.Format("card.automation.group", band, RiskFigures.Percent(language, probability), CardNames.Shorten(CardNames.Group(group, occupation.AutomationGroupTitleDutch, language), nameLength)),
            };
        }

        yield return occupation.GenAiExposure is { } beta
            ? turn.Format("card.genai", turn.Get("assess.band." + RiskFigures.ExposureBand(beta)), RiskFigures.Score(language, beta))
            : turn.Get("card.genai.missing");

        if (ilo is { Score: { } score })
        {
            var gradient = ilo.Gradient is null ? turn.Get("value.unknown") : turn.TryText("ilo." + ilo.Gradient) ?? ilo.Gradient;
            yield return withIloTitle
                ? turn.Format("card.ilo", CardNames.Ilo(ilo, language), RiskFigures.Score(language, score), gradient)
                : turn.Format("card.ilo.short", RiskFigures.Score(language, score), gradient);
        }

        if (Us(turn, occupation, nameGroups ? nameLength : 0) is { } us)
        {
            yield return us;
        }
    }

    private static string? Us(Turn turn, Occupation occupation, int nameLength)
    {
        var culture = TextCatalog.Culture(turn.Language);
        var growth = occupation.GrowthPercent is { } g ? RiskFigures.Growth(turn.Language, g) : null;
        var wage = occupation.MedianWage?.ToString("#,0", culture);
        var line = (growth, wage) switch
        {
            ({ } a, { } b) => turn.Format("card.us", a, b),
            ({ } a, null) => turn.Format("card.us.growth", a),
            (null, { } b) => turn.Format("card.us.wage", b),
            _ => null,
        };
        return line is null || occupation.BlsGroupTitle is not { } group ? line
            : nameLength == 0 ? line + turn.Get("card.us.groups")
            : line + turn.Format("card.us.group", CardNames.Shorten(CardNames.Group(group, occupation.BlsGroupTitleDutch, turn.Language), nameLength));
    }

    private string SecondLine(Turn turn, CardJobs jobs, Occupation second, int nameLength)
    {
        var ilo = occupations.For(second, jobs.SecondIsco);
        var iloPart = ilo is { Score: { } score } ? turn.Format("card.second.ilo", RiskFigures.Score(turn.Language, score)) : string.Empty;
        return turn.Format(
            jobs.SecondIsTarget ? "card.target" : "card.own",
            CardNames.Shorten(OccupationNames.Display(second, turn.Language), nameLength),
            RiskFigures.AutomationOrUnknown(turn, second.AutomationProbability),
            RiskFigures.ExposureOrUnknown(turn, second.GenAiExposure),
            iloPart);
    }

    /// <summary>"US median pay: $83,910 → $62,350 a year ($21,560 less, −26%)." — or null when a wage is missing.</summary>
    public static string? Pay(Turn turn, Occupation from, Occupation to)
    {
        if (from.MedianWage is not { } a || to.MedianWage is not { } b)
        {
            return null;
        }

        var culture = TextCatalog.Culture(turn.Language);
        return turn.Format("card.pay", a.ToString("#,0", culture), b.ToString("#,0", culture), PayChange(turn, FigureChanges.Between(from, to)));
    }

    /// <summary>"$21,560 less, −26%", "$4,100 more, +8%" or "about the same".</summary>
    public static string PayChange(Turn turn, FigureChanges changes)
    {
        if (changes.WageDifference is not { } difference || changes.WageRatio is not { } ratio || changes.Wage == Change.AboutTheSame)
        {
            return turn.Get("pay.same");
        }

        var culture = TextCatalog.Culture(turn.Language);
        var percent = Math.Abs(ratio * 100).ToString("0", culture) + "%";
        return turn.Format(difference < 0 ? "pay.less" : "pay.more", Math.Abs(difference).ToString("#,0", culture), percent);
    }
}
