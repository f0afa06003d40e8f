using CareerBot.Core.Stories;

namespace CareerBot.Core.Conversations.Flow;

/// <summary>Tells the closest story the person has not just heard, and remembers it.</summary>
internal sealed class StoryTime(IStoryTeller stories)
{
    private const int RememberedStories = 20;

    /// <summary>Tells one story; returns false when there is none left to tell.</summary>
    public bool TellNext(Turn turn)
    {
        var conversation = turn.Conversation;
        var story = stories.Pick(new StoryRequest
        {
            CurrentSoc = conversation.CurrentSoc,
            TargetSoc = conversation.TargetSoc,
            Goal = conversation.Goal,
            AlreadyTold = conversation.StoriesTold,
        });
        if (story is null)
        {
            turn.SayKey("story.none");
            return false;
        }

        turn.Say(stories.Tell(story, turn.Language));
        var told = conversation.StoriesTold.Add(story.Id);
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
}
