using CareerBot.Core.Texts;

namespace CareerBot.Core.Stories;

/// <summary>A short text in both languages CareerBot speaks.</summary>
public sealed record LocalizedText(string English, string Dutch)
{
    public string In(Language language) => language == Language.Dutch ? Dutch : English;
}
