namespace CareerBot.Core.Texts;

/// <summary>Maps platform locale tags ("nl", "nl-BE", "en-US") and user input ("en", "nederlands") to a <see cref="Language"/>.</summary>
public static class LanguageCodes
{
    public static Language FromLocale(string? locale) =>
        locale is not null && locale.Trim().StartsWith("nl", StringComparison.OrdinalIgnoreCase)
            ? Language.Dutch
            : Language.English;

    public static bool TryParse(string? text, out Language language)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "EN" or "ENGLISH" or "ENGELS":
                language = Language.English;
                return true;
            case "NL" or "DUTCH" or "NEDERLANDS":
                language = Language.Dutch;
                return true;
            default:
                language = Language.English;
                return false;
        }
    }

    public static string ToCode(this Language language) => language == Language.Dutch ? "nl" : "en";
}
