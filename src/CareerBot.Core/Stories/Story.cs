namespace CareerBot.Core.Stories;

/// <summary>A real person's story from the article, told as the article tells it.</summary>
public sealed record Story
{
    /// <summary>Stable id, e.g. "jacqueline-bowman".</summary>
    public required string Id { get; init; }

    /// <summary>SOC 2018 code of the job the person left.</summary>
    public required string FromSoc { get; init; }

    /// <summary>SOC 2018 code of the job they moved to, when the article names one.</summary>
    public string? ToSoc { get; init; }

    /// <summary>The name as the article gives it (sometimes a first name only); null when it gives none.</summary>
    public string? Name { get; init; }

    public int? Age { get; init; }

    /// <summary>Where they live or work, when the article says.</summary>
    public LocalizedText? Place { get; init; }

    /// <summary>How to introduce someone the article does not name.</summary>
    public LocalizedText? Who { get; init; }

    /// <summary>The job they left, in the article's words.</summary>
    public required LocalizedText FromJob { get; init; }

    /// <summary>Where they went, in the article's words; null when it does not say.</summary>
    public LocalizedText? ToJob { get; init; }

    public required LocalizedText WhatHappened { get; init; }

    public IReadOnlyList<StoryTag> Tags { get; init; } = [];

    public IReadOnlyList<StoryQuote> Quotes { get; init; } = [];

    /// <summary>The full source line, e.g. "Source: Dutch news article, 11 February 2026".</summary>
    public required LocalizedText Source { get; init; }

    /// <summary>Editor's note: where a SOC code is our interpretation rather than the article's words.</summary>
    public string? Note { get; init; }
}
