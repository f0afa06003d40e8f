using System.Text.Json;
using static CareerBot.Core.Stories.StorySeedDocument;

namespace CareerBot.Core.Stories;

/// <summary>Checks for single seed fields; each problem is added to the list with where it is.</summary>
internal static class SeedFields
{
    internal const int MaxTextLength = 800;
    internal const int MaxQuotes = 2;

    private static readonly Dictionary<string, StoryTag> TagsBySeedName = Enum.GetValues<StoryTag>()
        .ToDictionary(tag => JsonNamingPolicy.KebabCaseLower.ConvertName(tag.ToString()), StringComparer.Ordinal);

    internal static LocalizedText Empty { get; } = new(string.Empty, string.Empty);

    internal static string? CheckId(string? id, string where, HashSet<string> ids, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(id) || !id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            || id.StartsWith('-') || id.EndsWith('-'))
        {
            errors.Add($"{where}: id must be lower-case letters, digits and dashes, like 'jacqueline-bowman'.");
            return null;
        }

        if (!ids.Add(id))
        {
            errors.Add($"{where}: duplicate id '{id}'.");
            return null;
        }

        return id;
    }

    internal static string? Soc(string? code, string where, string field, List<string> errors, bool required)
    {
        if (code is null)
        {
            if (required)
            {
                errors.Add($"{where}: '{field}' is missing.");
            }

            return null;
        }

        if (!SocCode.IsValid(code))
        {
            errors.Add($"{where}: '{field}' value '{code}' is not a SOC 2018 detailed code like 27-3043.");
            return null;
        }

        return code;
    }

    internal static LocalizedText? Text(TextJson? json, string where, string field, List<string> errors, bool required)
    {
        if (json is null)
        {
            if (required)
            {
                errors.Add($"{where}: '{field}' is missing.");
            }

            return null;
        }

        var ok = Present(json.En, where, field, "English (en)", errors) & Present(json.Nl, where, field, "Dutch (nl)", errors);
        return ok ? new LocalizedText(json.En!.Trim(), json.Nl!.Trim()) : null;
    }

    internal static bool Present(string? value, string where, string field, string language, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{where}: '{field}' has no {language} text (missing translation).");
            return false;
        }

        if (value.Length > MaxTextLength)
        {
            errors.Add($"{where}: '{field}' {language} text is longer than {MaxTextLength} characters; keep stories short.");
            return false;
        }

        return true;
    }

    internal static List<StoryTag> Tags(List<string?>? names, string where, List<string> errors)
    {
        var tags = new List<StoryTag>();
        foreach (var name in names ?? [])
        {
            if (name is not null && TagsBySeedName.TryGetValue(name, out var tag))
            {
                tags.Add(tag);
            }
            else
            {
                errors.Add($"{where}: unknown tag '{name}' (known: {string.Join(", ", TagsBySeedName.Keys)}).");
            }
        }

        return tags;
    }

    internal static List<StoryQuote> Quotes(List<TextJson?>? quotes, string where, List<string> errors)
    {
        if (quotes is { Count: > MaxQuotes })
        {
            errors.Add($"{where}: at most {MaxQuotes} quotes, found {quotes.Count}.");
        }

        var result = new List<StoryQuote>();
        for (var i = 0; i < (quotes?.Count ?? 0); i++)
        {
            if (Text(quotes![i], where, $"quotes[{i}]", errors, required: true) is { } text)
            {
                result.Add(new StoryQuote(text.Dutch, text.English));
            }
        }

        return result;
    }
}
