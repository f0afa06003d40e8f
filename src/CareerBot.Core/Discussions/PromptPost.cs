using CareerBot.Core.Messaging;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Discussions;

/// <summary>The message a channel sees: the theme, the prompt, and an invitation to reply or talk privately.</summary>
internal static class PromptPost
{
    public static OutgoingMessage Render(DiscussionPrompt prompt, Language language, TextCatalog texts)
    {
        var words = new WeeklyWording(texts, language);
        var text = words.Format("weekly.post", words.Theme(prompt.Theme), prompt.Text(language));
        return new OutgoingMessage { Text = text };
    }
}
