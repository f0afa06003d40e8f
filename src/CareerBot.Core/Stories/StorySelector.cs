using CareerBot.Core.Conversations;

namespace CareerBot.Core.Stories;

/// <summary>
/// Ranks stories for a person: untold before told, then closeness (same occupation, same SOC broad group,
/// same minor group, related occupation, same major group), then the person's own job before a crossed match,
/// then the goal, then seed order. The story told last is never picked.
/// </summary>
internal sealed class StorySelector(IReadOnlyList<Story> stories, Func<string, IReadOnlyList<string>> relatedOf)
{
    internal const int Exact = 0;
    internal const int SameBroad = 1;
    internal const int SameMinor = 2;
    internal const int Related = 3;
    internal const int SameMajor = 4;
    internal const int Unrelated = 5;

    public Story? Pick(StoryRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var alreadyTold = request.AlreadyTold ?? [];
        var last = alreadyTold.Count > 0 ? alreadyTold[^1] : null;
        var told = alreadyTold.ToHashSet(StringComparer.Ordinal);
        var current = SocCode.Normalize(request.CurrentSoc);
        var target = SocCode.Normalize(request.TargetSoc);
        var related = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);

        Story? best = null;
        (int Told, int Level, int Crossed, int Goal, int Order) bestRank = default;
        for (var i = 0; i < stories.Count; i++)
        {
            var story = stories[i];
            if (string.Equals(story.Id, last, StringComparison.Ordinal))
            {
                continue;
            }

            var (level, crossed) = Closeness(story, current, target, related);
            var rank = (told.Contains(story.Id) ? 1 : 0, level, crossed, -GoalFit(story, request.Goal), i);
            if (best is null || rank.CompareTo(bestRank) < 0)
            {
                best = story;
                bestRank = rank;
            }
        }

        return best;
    }

    /// <summary>How well a story fits the goal; higher is better. Only used to break ties of closeness.</summary>
    internal static int GoalFit(Story story, CareerGoal? goal) => goal switch
    {
        CareerGoal.Retrain => (story.ToSoc is not null ? 1 : 0) + (story.Tags.Contains(StoryTag.Retraining) ? 1 : 0),
        CareerGoal.StartOwn => story.Tags.Contains(StoryTag.SideIncome) ? 2 : 0,
        CareerGoal.StayAndAdapt => story.Tags.Contains(StoryTag.SideIncome) ? 2
            : story.ToSoc is null && !story.Tags.Contains(StoryTag.QuitTraining) ? 1 : 0,
        _ => 0,
    };

    /// <summary>How close a story is to the person's jobs (codes already normalised), for <see cref="StoryChooser"/>.</summary>
    public (int Level, int Crossed) Closeness(Story story, string? current, string? target) =>
        Closeness(story, current, target, new Dictionary<string, HashSet<string>>(StringComparer.Ordinal));

    private (int Level, int Crossed) Closeness(
        Story story, string? current, string? target, Dictionary<string, HashSet<string>> related)
    {
        var best = (Level: Unrelated, Crossed: 1);
        Consider(current, story.FromSoc, crossed: 0);
        Consider(current, story.ToSoc, crossed: 1);
        Consider(target, story.ToSoc, crossed: 0);
        Consider(target, story.FromSoc, crossed: 1);
        return best;

        void Consider(string? personSoc, string? storySoc, int crossed)
        {
            if (personSoc is null || storySoc is null)
            {
                return;
            }

            var candidate = (Level(personSoc, storySoc, related), crossed);
            if (candidate.CompareTo(best) < 0)
            {
                best = candidate;
            }
        }
    }

    private int Level(string personSoc, string storySoc, Dictionary<string, HashSet<string>> related)
    {
        if (personSoc == storySoc)
        {
            return Exact;
        }

        if (SocCode.SameBroad(personSoc, storySoc))
        {
            return SameBroad;
        }

        if (SocCode.SameMinor(personSoc, storySoc))
        {
            return SameMinor;
        }

        if (RelatedOf(personSoc, related).Contains(storySoc) || RelatedOf(storySoc, related).Contains(personSoc))
        {
            return Related;
        }

        return SocCode.SameMajor(personSoc, storySoc) ? SameMajor : Unrelated;
    }

    private HashSet<string> RelatedOf(string soc, Dictionary<string, HashSet<string>> cache)
    {
        if (!cache.TryGetValue(soc, out var set))
        {
            set = (relatedOf(soc) ?? []).Select(SocCode.Normalize).OfType<string>().ToHashSet(StringComparer.Ordinal);
            cache[soc] = set;
        }

        return set;
    }
}
