using CareerBot.Core.Texts;

namespace CareerBot.Core.Discussions;

/// <summary>
/// Reads one prompt file: a header between "---" lines (<c>id:</c>, <c>theme:</c>) and one "## en" / "## nl" section per language.
/// Every problem is reported with the file name and line, so a broken file is easy to fix.
/// </summary>
internal static class PromptFileParser
{
    public const int MaxTextLength = 1000;

    public static DiscussionPrompt? Parse(PromptSource source, List<string> errors)
    {
        var lines = source.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            errors.Add($"{source.Name}: must start with a '---' header line");
            return null;
        }

        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var line = 1;
        for (; line < lines.Length && lines[line].Trim() != "---"; line++)
        {
            ReadHeaderLine(source.Name, line, lines[line], header, errors);
        }

        if (line >= lines.Length)
        {
            errors.Add($"{source.Name}: the header is not closed with '---'");
            return null;
        }

        var texts = ReadSections(source.Name, lines, line + 1, errors);
        return Validate(source.Name, header, texts, errors);
    }

    private static void ReadHeaderLine(string name, int index, string text, Dictionary<string, string> header, List<string> errors)
    {
        if (text.Trim().Length == 0)
        {
            return;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var key = colon > 0 ? text[..colon].Trim() : "";
        if (key is not ("id" or "theme"))
        {
            errors.Add($"{name}, line {index + 1}: expected 'id: …' or 'theme: …', found '{Shorten(text)}'");
            return;
        }

        if (!header.TryAdd(key, text[(colon + 1)..].Trim()))
        {
            errors.Add($"{name}, line {index + 1}: '{key}' is given twice");
        }
    }

    private static Dictionary<Language, string> ReadSections(string name, string[] lines, int start, List<string> errors)
    {
        var sections = new Dictionary<Language, List<string>>();
        List<string>? current = null;
        for (var i = start; i < lines.Length; i++)
        {
            var text = lines[i];
            if (text.StartsWith("## ", StringComparison.Ordinal))
            {
                current = StartSection(name, i, text[3..].Trim(), sections, errors);
            }
            else if (current is not null)
            {
                current.Add(text.TrimEnd());
            }
            else if (text.Trim().Length > 0)
            {
                errors.Add($"{name}, line {i + 1}: text before the first '## en' or '## nl' heading");
            }
        }

        return sections.ToDictionary(pair => pair.Key, pair => string.Join('\n', pair.Value).Trim());
    }

    private static List<string>? StartSection(string name, int index, string code, Dictionary<Language, List<string>> sections, List<string> errors)
    {
        var language = Enum.GetValues<Language>().Cast<Language?>().FirstOrDefault(l => l!.Value.ToCode() == code);
        if (language is null)
        {
            errors.Add($"{name}, line {index + 1}: unknown language '{Shorten(code)}' (use 'en' or 'nl')");
            return null;
        }

        if (sections.ContainsKey(language.Value))
        {
            errors.Add($"{name}, line {index + 1}: '## {code}' appears twice");
            return null;
        }

        var lines = new List<string>();
        sections[language.Value] = lines;
        return lines;
    }

    private static DiscussionPrompt? Validate(string name, Dictionary<string, string> header, Dictionary<Language, string> texts, List<string> errors)
    {
        var before = errors.Count;
        var id = header.GetValueOrDefault("id", "");
        var theme = header.GetValueOrDefault("theme", "");
        if (!IsSlug(id))
        {
            errors.Add($"{name}: 'id' must be lower-case letters, digits and dashes (found '{Shorten(id)}')");
        }

        if (!PromptThemes.IsKnown(theme))
        {
            errors.Add($"{name}: unknown theme '{Shorten(theme)}' (one of: {string.Join(", ", PromptThemes.All)})");
        }

        foreach (var language in Enum.GetValues<Language>())
        {
            var text = texts.GetValueOrDefault(language, "");
            if (text.Length == 0)
            {
                errors.Add($"{name}: the '{language.ToCode()}' translation is missing or empty");
            }
            else if (text.Length > MaxTextLength)
            {
                errors.Add($"{name}: the '{language.ToCode()}' text is {text.Length} characters; at most {MaxTextLength}");
            }
        }

        return errors.Count == before ? new DiscussionPrompt(id, theme, texts) : null;
    }

    private static bool IsSlug(string id) =>
        id.Length is > 0 and <= 60 && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') && id[0] != '-';

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
