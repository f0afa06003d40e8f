using System.Text;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Stories;

/// <summary>Renders a story as short plain text: who, before → after, what happened, quotes, source.</summary>
internal static class StoryRenderer
{
    public static string Render(Story story, StoryPhrases phrases, Language language)
    {
        var text = new StringBuilder();
        text.AppendLine(Who(story, language));
        text.Append(phrases.Before.In(language)).Append(": ").AppendLine(story.FromJob.In(language));
        if (story.ToJob is not null)
        {
            text.Append(phrases.After.In(language)).Append(": ").AppendLine(story.ToJob.In(language));
        }

        text.AppendLine(story.WhatHappened.In(language));
        if (story.Quotes.Count > 0)
        {
            var quotes = story.Quotes.Select(q => "“" + (language == Language.Dutch ? q.Dutch : q.EnglishTranslation) + "”");
            text.AppendJoin(' ', quotes).Append(' ').AppendLine(phrases.QuoteNote.In(language));
        }

        text.Append(story.Source.In(language));
        return text.ToString().ReplaceLineEndings("\n");
    }

    public static string RenderContext(IEnumerable<ContextNote> notes, StoryPhrases phrases, Language language)
    {
        var text = new StringBuilder();
        text.Append(phrases.ContextTitle.In(language)).Append(':');
        foreach (var note in notes)
        {
            text.Append('\n').Append(note.Text.In(language)).Append('\n').Append(note.Source.In(language));
        }

        return text.ToString();
    }

    private static string Who(Story story, Language language)
    {
        if (story.Name is null)
        {
            return story.Who?.In(language) ?? story.FromJob.In(language);
        }

        var who = story.Age is { } age ? $"{story.Name} ({age})" : story.Name;
        return story.Place is null ? who : $"{who}, {story.Place.In(language)}";
    }
}
