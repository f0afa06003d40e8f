using CareerBot.Core.Texts;

namespace CareerBot.Core.Discussions;

/// <summary>One discussion prompt from <c>prompts/</c>: a stable id, an article theme and its text in every language.</summary>
public sealed record DiscussionPrompt(string Id, string Theme, IReadOnlyDictionary<Language, string> Texts)
{
    public string Text(Language language) => Texts[language];
}
