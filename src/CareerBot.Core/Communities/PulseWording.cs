using System.Globalization;
using CareerBot.Core.Conversations;
using CareerBot.Core.Conversations.Flow;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Communities;

/// <summary>A community pulse in words, in the moderator's language: short, plain, and only the figures it may show.</summary>
internal sealed class PulseWording(TextCatalog texts, Language language)
{
    public string Report(CommunityPulse pulse)
    {
        var (from, to) = Dates(pulse.Window);
        if (pulse.People is not { } people)
        {
            return Format("pulse.toofew", from, to);
        }

        var groups = pulse.TopGroups.Count == 0
            ? Text("pulse.groups.none")
            : Format("pulse.groups", string.Join(", ", pulse.TopGroups.Select(g => $"{GroupName(g.Category)} ({Count(g)})")));
        return string.Join('\n',
            Format("pulse.title", from, to),
            Format("pulse.people", Band(people)),
            Format("pulse.worry", Figures(pulse.Worry, level => level == PulseCategories.None ? Text("pulse.worry.none") : level)),
            Format("pulse.goals", Figures(pulse.Goals, GoalName)),
            groups,
            "",
            Text("pulse.footer"));
    }

    /// <summary>The one line under a weekly prompt: the number of people only, and only when there is one to show.</summary>
    public string? Line(CommunityPulse pulse) => pulse.People is { } people ? Format("pulse.line", Band(people)) : null;

    /// <summary>"6 November" and "5 December": the first and the last whole day counted.</summary>
    public (string From, string To) Dates(PulseWindow window)
    {
        var culture = TextCatalog.Culture(language);
        return (window.Since.UtcDateTime.ToString("d MMMM", culture), window.Until.UtcDateTime.AddDays(-1).ToString("d MMMM", culture));
    }

    /// <summary>A figure as shown: its band ("5–9"), 0, "fewer than 5" or "hidden".</summary>
    public string Count(PulseFigure figure) => figure.Hiding switch
    {
        FigureHiding.FewerThanFive => Text("pulse.fewer"),
        FigureHiding.Hidden => Text("pulse.hidden"),
        _ => figure.Count is { } count and > 0 ? Band(count) : 0.ToString(TextCatalog.Culture(language)),
    };

    /// <summary>A band of 5 from its lowest number: "10–14".</summary>
    private string Band(int low) => Format("pulse.band", low, low + SmallCells.K - 1);

    public string Text(string key) => texts.Get(language, key);

    public string Format(string key, params object[] args) => texts.Format(language, key, args);

    private string Figures(IReadOnlyList<PulseFigure> figures, Func<string, string> name)
    {
        if (figures.All(f => f.Hiding == FigureHiding.Hidden))
        {
            return Text("pulse.withheld");
        }

        // Categories nobody is in are left out: the list stays short, and a reader knows the categories anyway.
        return string.Join(" · ", figures.Where(f => f.Count is not 0).Select(f => $"{name(f.Category)}: {Count(f)}"));
    }

    private string GoalName(string category) =>
        category == PulseCategories.None || !Enum.TryParse<CareerGoal>(category, out var goal)
            ? Text("pulse.goal.none")
            : Text("goal.noted." + Assessment.GoalKey(goal));

    private string GroupName(string major) =>
        texts.TryGet(language, "soc.major." + major, out var name) ? name : major.ToString(CultureInfo.InvariantCulture);
}
