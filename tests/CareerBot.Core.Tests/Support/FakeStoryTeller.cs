using CareerBot.Core.Stories;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Tests.Support;

/// <summary>Two stories; picks the one matching the job, never the one told last.</summary>
internal sealed class FakeStoryTeller : IStoryTeller
{
    public IReadOnlyList<Story> All { get; } =
    [
        Make("jacqueline", "27-3043", "21-1013"),
        Make("janet", "27-3041", "51-3011"),
    ];

    public Story? Pick(StoryRequest request)
    {
        var last = request.AlreadyTold.Count > 0 ? request.AlreadyTold[^1] : null;
        return All.Where(s => s.Id != last).OrderByDescending(s => s.FromSoc == request.CurrentSoc).FirstOrDefault();
    }

    private static Story Make(string id, string from, string to) => new()
    {
        Id = id,
        FromSoc = from,
        ToSoc = to,
        FromJob = new LocalizedText("from", "van"),
        WhatHappened = new LocalizedText("happened", "gebeurd"),
        Source = new LocalizedText("source", "bron"),
    };

    public string Tell(Story story, Language language) => $"[{language}] story of {story.Id}";

    public StoryPick? Choose(StoryRequest request) =>
        Pick(request) is { } story ? new StoryPick(story, null, story.FromSoc == request.CurrentSoc ? StoryReason.SameJob : StoryReason.CloseJob) : null;

    public string Tell(StoryPick pick, Language language) => pick.Story is { } story ? Tell(story, language) : string.Empty;
}
