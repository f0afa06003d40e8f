using CareerBot.Core.Stories;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Tests.Support;

/// <summary>Two stories; picks the one matching the job, never the one told last.</summary>
internal sealed class FakeStoryTeller : IStoryTeller
{
    public IReadOnlyList<Story> All { get; } =
    [
        new Story { Id = "jacqueline", FromSoc = "27-3043", ToSoc = "21-1013" },
        new Story { Id = "janet", FromSoc = "27-3041", ToSoc = "51-3011" },
    ];

    public Story? Pick(StoryRequest request)
    {
        var last = request.AlreadyTold.Count > 0 ? request.AlreadyTold[^1] : null;
        return All.Where(s => s.Id != last).OrderByDescending(s => s.FromSoc == request.CurrentSoc).FirstOrDefault();
    }

    public string Tell(Story story, Language language) => $"[{language}] story of {story.Id}";
}
