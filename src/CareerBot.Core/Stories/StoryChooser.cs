using CareerBot.Core.Conversations;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Stories;

/// <summary>
/// Chooses what to tell on the job, the goal and the person's own words, and says why. Points per story, added up: closeness of
/// jobs (same job 10, same broad group 8, same minor group 6, related 5, same major group 2; a match against the other
/// end of the story's move one less), cues from the person's words (kiosk → the helpdesk worker replaced by a kiosk 12;
/// law 11 or studying 9 → the law student who quit; pay and practical work 7 each → a story with a pay cut / a move
/// into a trade; writing 8 → the writer and the editor; a second income or "start my own" 10 → the marketer; the
/// strongest one counts), the
/// goal (0–2), and −3 for someone who stays and adapts when the story is about leaving the field. Frey's view is
/// worth 8 to the very worried, 7 to students; the care-and-teaching passage 6 to people in care or teaching. A
/// story worth less than 5 does not fit: then the bot says so and tells a passage instead. Untold before told; the
/// last one told never again right away; ties in seed order.
/// </summary>
internal sealed class StoryChooser(IReadOnlyList<Story> stories, IReadOnlyList<ContextNote> notes, StorySelector closeness)
{
    public const string FreyViewId = "frey-view";
    public const string CareTeachingId = "care-teaching";
    private const int FitsFrom = 5;

    public StoryPick? Choose(StoryRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var told = (request.AlreadyTold ?? []).ToHashSet(StringComparer.Ordinal);
        var last = request.AlreadyTold is { Count: > 0 } list ? list[^1] : null;

        var candidates = new List<(StoryPick Pick, int Points, int Order)>();
        for (var i = 0; i < stories.Count; i++)
        {
            var (points, reason) = Fit(stories[i], request);
            candidates.Add((new StoryPick(stories[i], null, reason), points, i));
        }

        for (var i = 0; i < notes.Count; i++)
        {
            var (points, reason) = Fit(notes[i], request);
            candidates.Add((new StoryPick(null, notes[i], reason), points, stories.Count + i));
        }

        var open = candidates.Where(c => c.Pick.Id != last).ToList();
        if (open.Count == 0)
        {
            return null;
        }

        var best = open.OrderBy(c => told.Contains(c.Pick.Id) ? 1 : 0).ThenByDescending(c => c.Points).ThenBy(c => c.Order).First();
        if (best.Points >= FitsFrom)
        {
            return best.Pick;
        }

        // Nothing fits: say so, and tell Frey's view instead; once that was told, the other stories, said to be other stories.
        var frey = notes.FirstOrDefault(n => n.Id == FreyViewId);
        return frey is not null && !told.Contains(frey.Id) && frey.Id != last
            ? new StoryPick(null, frey, StoryReason.NoneFits)
            : Another(open, told) ?? best.Pick;
    }

    /// <summary>The best remaining person's story (untold first), said to be about other work; null when only passages are left.</summary>
    private static StoryPick? Another(List<(StoryPick Pick, int Points, int Order)> open, HashSet<string> told) => open
        .Where(c => c.Pick.Story is not null)
        .OrderBy(c => told.Contains(c.Pick.Id) ? 1 : 0).ThenByDescending(c => c.Points).ThenBy(c => c.Order)
        .Select(c => c.Pick with { Reason = StoryReason.Another })
        .FirstOrDefault();

    private (int Points, StoryReason Reason) Fit(Story story, StoryRequest request)
    {
        var (level, crossed) = closeness.Closeness(story, SocCode.Normalize(request.CurrentSoc), SocCode.Normalize(request.TargetSoc));
        var near = level switch
        {
            StorySelector.Exact => 10,
            StorySelector.SameBroad => 8,
            StorySelector.SameMinor => 6,
            StorySelector.Related => 5,
            StorySelector.SameMajor => 2,
            _ => 0,
        };
        near = Math.Max(0, near - crossed);
        var targetMatch = SocCode.Normalize(request.TargetSoc) is { } target && story.ToSoc == target;
        var nearReason = targetMatch && level == StorySelector.Exact ? StoryReason.SameMove
            : level == StorySelector.Exact && crossed == 0 ? StoryReason.SameJob : StoryReason.CloseJob;

        var (cue, cueReason) = Cue(story, request);
        var goal = StorySelector.GoalFit(story, request.Goal);
        var reason = cue > 0 && cue >= near ? cueReason : near > 0 ? nearReason : StoryReason.Goal;
        var leavesField = request.Goal == CareerGoal.StayAndAdapt && story.ToSoc is not null && reason is not (StoryReason.Kiosk or StoryReason.SameJob) ? -3 : 0;
        return (near + cue + goal + leavesField, reason);
    }

    /// <summary>The strongest hint from the person's words or situation that this story speaks to.</summary>
    private static (int Points, StoryReason Reason) Cue(Story story, StoryRequest request)
    {
        var cues = request.Cues;
        var best = (Points: 0, Reason: StoryReason.Goal);
        void Consider(int points, StoryReason reason)
        {
            if (points > best.Points)
            {
                best = (points, reason);
            }
        }

        if (cues.HasFlag(StoryCues.Kiosk) && story.Tags.Contains(StoryTag.ReplacedByAi))
        {
            Consider(12, StoryReason.Kiosk);
        }

        if (story.Tags.Contains(StoryTag.QuitTraining))
        {
            if (cues.HasFlag(StoryCues.Law) || IsLaw(request.CurrentSoc) || IsLaw(request.TargetSoc))
            {
                Consider(11, StoryReason.Law);
            }

            if (request.Situation == WorkSituation.Student)
            {
                Consider(9, StoryReason.Student);
            }
        }

        var trade = story.ToSoc is { } to && IsTrade(to);
        var pay = cues.HasFlag(StoryCues.Pay) && story.Tags.Contains(StoryTag.PayCut) ? 7 : 0;
        var practical = trade && (cues.HasFlag(StoryCues.PracticalWork) || IsTrade(request.TargetSoc)) ? 7 : 0;
        if (pay + practical > 0)
        {
            Consider(pay + practical, pay > 0 ? StoryReason.Pay : StoryReason.Trade);
        }

        if (cues.HasFlag(StoryCues.Writing) && story.FromSoc.StartsWith("27-3", StringComparison.Ordinal) && MayWrite(request.CurrentSoc))
        {
            Consider(8, StoryReason.Writing);
        }

        if (story.Tags.Contains(StoryTag.SideIncome) && (cues.HasFlag(StoryCues.SideIncome) || request.Goal == CareerGoal.StartOwn))
        {
            Consider(10, StoryReason.SideIncome);
        }

        return best;
    }

    private static (int Points, StoryReason Reason) Fit(ContextNote note, StoryRequest request) => note.Id switch
    {
        FreyViewId when request.VeryWorried => (8, StoryReason.Worried),
        FreyViewId when request.Situation == WorkSituation.Student => (7, StoryReason.StudentView),
        CareTeachingId when IsCareOrTeaching(request.CurrentSoc) || IsCareOrTeaching(request.TargetSoc) => (6, StoryReason.Care),
        _ => (0, StoryReason.NoneFits),
    };

    /// <summary>
    /// Writing words count only from people whose work may be writing (arts and media, business, sales, office, management):
    /// a nurse saying "AI will write the files" is not a writer.
    /// </summary>
    private static bool MayWrite(string? soc) => soc is null || soc.StartsWith("27-", StringComparison.Ordinal)
        || soc.StartsWith("13-", StringComparison.Ordinal) || soc.StartsWith("41-", StringComparison.Ordinal)
        || soc.StartsWith("43-", StringComparison.Ordinal) || soc.StartsWith("11-", StringComparison.Ordinal);

    private static bool IsLaw(string? soc) => soc?.StartsWith("23-", StringComparison.Ordinal) == true;

    /// <summary>Construction, installation and repair, production: the practical trades.</summary>
    private static bool IsTrade(string? soc) => soc is not null && (soc.StartsWith("47-", StringComparison.Ordinal)
        || soc.StartsWith("49-", StringComparison.Ordinal) || soc.StartsWith("51-", StringComparison.Ordinal));

    /// <summary>Community and social service, education, healthcare.</summary>
    private static bool IsCareOrTeaching(string? soc) => soc is not null && (soc.StartsWith("21-", StringComparison.Ordinal)
        || soc.StartsWith("25-", StringComparison.Ordinal) || soc.StartsWith("29-", StringComparison.Ordinal)
        || soc.StartsWith("31-", StringComparison.Ordinal));
}
