namespace CareerBot.Core.Stories;

/// <summary>The raw shape of <c>stories.json</c>; every member is nullable so the reader can name what is missing.</summary>
internal sealed class StorySeedDocument
{
    public string? About { get; set; }

    public PhrasesJson? Phrases { get; set; }

    public List<StoryJson?>? Stories { get; set; }

    public List<ContextJson?>? Context { get; set; }

    internal sealed class TextJson
    {
        public string? En { get; set; }

        public string? Nl { get; set; }
    }

    internal sealed class PhrasesJson
    {
        public TextJson? Before { get; set; }

        public TextJson? After { get; set; }

        public TextJson? QuoteNote { get; set; }

        public TextJson? ContextTitle { get; set; }
    }

    internal sealed class StoryJson
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public int? Age { get; set; }

        public TextJson? Place { get; set; }

        public TextJson? Who { get; set; }

        public string? FromSoc { get; set; }

        public string? ToSoc { get; set; }

        public TextJson? FromJob { get; set; }

        public TextJson? ToJob { get; set; }

        public TextJson? WhatHappened { get; set; }

        public List<string?>? Tags { get; set; }

        public List<TextJson?>? Quotes { get; set; }

        public TextJson? Source { get; set; }

        public string? Note { get; set; }
    }

    internal sealed class ContextJson
    {
        public string? Id { get; set; }

        public TextJson? Text { get; set; }

        public TextJson? Source { get; set; }

        public string? Note { get; set; }
    }
}
