using CareerBot.Core.Stories;
using CareerBot.Core.Texts;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Conversations.Flow;

/// <summary>Tells the story that fits the person best (or a passage of the article when none does), says why, and remembers it.</summary>
internal sealed class StoryTime(IStoryTeller stories)
{
    private const int RememberedStories = 20;
    private const int VeryWorriedLevel = 5;

    /// <summary>Tells one story; returns false when there is none left to tell.</summary>
    public bool TellNext(Turn turn)
    {
        var conversation = turn.Conversation;
        var pick = stories.Choose(new StoryRequest
        {
            CurrentSoc = conversation.CurrentSoc,
            TargetSoc = conversation.TargetSoc,
            Goal = conversation.Goal,
            AlreadyTold = conversation.StoriesTold,
            Cues = conversation.StoryCues,
            Situation = conversation.Situation is WorkSituation.Working ? null : conversation.Situation,
            VeryWorried = conversation.WorryLevel >= VeryWorriedLevel || conversation.FearAcknowledged,
        });
        if (pick is null)
        {
            turn.SayKey("story.none");
            return false;
        }

        // Heard them all: saying so replaces the reason line.
        var first = conversation.StoriesTold.Contains(pick.Id) ? turn.Get("story.again") : Why(turn, pick);
        turn.Say(first + "\n\n" + stories.Tell(pick, turn.Language));
        var told = conversation.StoriesTold.Add(pick.Id);
        turn.Conversation = conversation with { StoriesTold = told.Length > RememberedStories ? told[^RememberedStories..] : told };
        return true;
    }

    /// <summary>A story for someone we know nothing about (public channels): the closest to the job asked about, if any.</summary>
    public void TellPublic(Turn turn, string? soc)
    {
        if (stories.Pick(new StoryRequest { CurrentSoc = soc }) is { } story)
        {
            turn.Say(stories.Tell(story, turn.Language));
        }
    }

    /// <summary>One line on why this was chosen, naming the person ("Bethan", "the marketer").</summary>
    public static string Why(Turn turn, StoryPick pick)
    {
        var key = "story.why." + pick.Reason.ToString().ToLowerInvariant();
        var who = pick.Story is { } story ? story.Name ?? turn.Format("story.unnamed", story.FromJob.In(turn.Language)) : string.Empty;
        return turn.Format(key, who);
    }
}
