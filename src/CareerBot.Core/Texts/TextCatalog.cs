using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace CareerBot.Core.Texts;

/// <summary>All user-facing text, per language, loaded from the embedded <c>Texts/*.json</c> resources.</summary>
public sealed class TextCatalog
{
    private readonly FrozenDictionary<Language, FrozenDictionary<string, string>> _texts;

    private TextCatalog(FrozenDictionary<Language, FrozenDictionary<string, string>> texts) => _texts = texts;

    /// <summary>The catalog shipped inside this assembly.</summary>
    public static TextCatalog Embedded { get; } = LoadEmbedded();

    public IReadOnlyCollection<string> Keys(Language language) => _texts[language].Keys;

    public string Get(Language language, string key) =>
        _texts[language].TryGetValue(key, out var text)
            ? text
            : throw new KeyNotFoundException($"Text '{key}' is missing for {language}.");

    public bool TryGet(Language language, string key, out string text)
    {
        if (_texts[language].TryGetValue(key, out var found))
        {
            text = found;
            return true;
        }

        text = string.Empty;
        return false;
    }

    public string Format(Language language, string key, params object[] args) =>
        string.Format(Culture(language), Get(language, key), args);

    public static CultureInfo Culture(Language language) =>
        CultureInfo.GetCultureInfo(language == Language.Dutch ? "nl-NL" : "en-US");

    private static TextCatalog LoadEmbedded()
    {
        var assembly = typeof(TextCatalog).Assembly;
        var texts = new Dictionary<Language, FrozenDictionary<string, string>>();
        foreach (var language in Enum.GetValues<Language>())
        {
            var name = $"{assembly.GetName().Name}.Texts.{language.ToCode()}.json";
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"Embedded text resource '{name}' is missing.");
            var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"Embedded text resource '{name}' is empty.");
            texts[language] = entries.ToFrozenDictionary(StringComparer.Ordinal);
        }

        return new TextCatalog(texts.ToFrozenDictionary());
    }
}
