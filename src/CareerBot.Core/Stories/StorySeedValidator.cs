using static CareerBot.Core.Stories.StorySeedDocument;

namespace CareerBot.Core.Stories;

/// <summary>Turns the raw seed document into stories, collecting every problem with a message that says where it is.</summary>
internal static class StorySeedValidator
{
    public static StorySeed Map(StorySeedDocument document, List<string> errors)
    {
        var phrases = MapPhrases(document.Phrases, errors);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var stories = new List<Story>();
        if (document.Stories is not { Count: > 0 })
        {
            errors.Add("'stories' is missing or empty.");
        }
        else
        {
            for (var i = 0; i < document.Stories.Count; i++)
            {
                if (MapStory(document.Stories[i], i, ids, errors) is { } story)
                {
                    stories.Add(story);
                }
            }
        }

        var context = new List<ContextNote>();
        for (var i = 0; i < (document.Context?.Count ?? 0); i++)
        {
            var entry = document.Context![i];
            var where = $"context #{i + 1} ('{entry?.Id}')";
            var id = SeedFields.CheckId(entry?.Id, where, ids, errors);
            var text = SeedFields.Text(entry?.Text, where, "text", errors, required: true);
            var source = SeedFields.Text(entry?.Source, where, "source", errors, required: true);
            if (id is not null && text is not null && source is not null)
            {
                context.Add(new ContextNote(id, text, source));
            }
        }

        return new StorySeed(stories, context, phrases);
    }

    private static Story? MapStory(StoryJson? json, int index, HashSet<string> ids, List<string> errors)
    {
        var where = $"story #{index + 1} ('{json?.Id}')";
        if (json is null)
        {
            errors.Add($"{where}: is null.");
            return null;
        }

        var before = errors.Count;
        var id = SeedFields.CheckId(json.Id, where, ids, errors);
        var fromSoc = SeedFields.Soc(json.FromSoc, where, "fromSoc", errors, required: true);
        var toSoc = SeedFields.Soc(json.ToSoc, where, "toSoc", errors, required: false);
        var who = SeedFields.Text(json.Who, where, "who", errors, required: false);
        if (string.IsNullOrWhiteSpace(json.Name) && who is null)
        {
            errors.Add($"{where}: needs a 'name' or, for someone the article does not name, a 'who'.");
        }

        if (json.Age is < 14 or > 120)
        {
            errors.Add($"{where}: age {json.Age} is not plausible.");
        }

        var toJob = SeedFields.Text(json.ToJob, where, "toJob", errors, required: toSoc is not null);
        var story = new Story
        {
            Id = id ?? string.Empty,
            FromSoc = fromSoc ?? string.Empty,
            ToSoc = toSoc,
            Name = string.IsNullOrWhiteSpace(json.Name) ? null : json.Name.Trim(),
            Age = json.Age,
            Place = SeedFields.Text(json.Place, where, "place", errors, required: false),
            Who = who,
            FromJob = SeedFields.Text(json.FromJob, where, "fromJob", errors, required: true) ?? SeedFields.Empty,
            ToJob = toJob,
            WhatHappened = SeedFields.Text(json.WhatHappened, where, "whatHappened", errors, required: true) ?? SeedFields.Empty,
            Tags = SeedFields.Tags(json.Tags, where, errors),
            Quotes = SeedFields.Quotes(json.Quotes, where, errors),
            Source = SeedFields.Text(json.Source, where, "source", errors, required: true) ?? SeedFields.Empty,
            Note = json.Note,
        };
        return errors.Count == before ? story : null;
    }

    private static StoryPhrases MapPhrases(PhrasesJson? json, List<string> errors)
    {
        const string where = "phrases";
        return new StoryPhrases(
            SeedFields.Text(json?.Before, where, "before", errors, required: true) ?? SeedFields.Empty,
            SeedFields.Text(json?.After, where, "after", errors, required: true) ?? SeedFields.Empty,
            SeedFields.Text(json?.QuoteNote, where, "quoteNote", errors, required: true) ?? SeedFields.Empty,
            SeedFields.Text(json?.ContextTitle, where, "contextTitle", errors, required: true) ?? SeedFields.Empty);
    }
}
