using CareerBot.Core.Texts;

namespace CareerBot.Core.Conversations.Commands;

/// <summary>A short text in both languages the bot speaks (a command's description, a choice's label).</summary>
public sealed record Bilingual(string English, string Dutch)
{
    public string In(Language language) => language == Language.Dutch ? Dutch : English;
}
