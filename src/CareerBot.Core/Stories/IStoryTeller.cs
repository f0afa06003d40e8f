using CareerBot.Core.Texts;

namespace CareerBot.Core.Stories;

/// <summary>Picks the closest real story for a person and tells it faithfully in their language.</summary>
public interface IStoryTeller
{
    IReadOnlyList<Story> All { get; }

    /// <summary>The closest story, never the one told last; null when there are none.</summary>
    Story? Pick(StoryRequest request);

    /// <summary>The story as a short message: who, what happened, a quote, and the source line.</summary>
    string Tell(Story story, Language language);

    /// <summary>What fits the person best — a story, or a passage of the article when none fits — and why.</summary>
    StoryPick? Choose(StoryRequest request);

    /// <summary>The chosen story or passage as a short message (without the reason line).</summary>
    string Tell(StoryPick pick, Language language);
}
