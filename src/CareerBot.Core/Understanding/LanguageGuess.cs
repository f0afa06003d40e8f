using System.Collections.Frozen;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Understanding;

/// <summary>
/// Which of our two languages a message is clearly written in, by its small function words ("ik", "het", "niet" against
/// "I", "the", "not"); null when it is short or mixed. A person who writes Dutch is answered in Dutch, whatever the app's locale.
/// </summary>
public static class LanguageGuess
{
    private const int Margin = 2;

    private static readonly FrozenSet<string> Dutch = FrozenSet.ToFrozenSet(
        ["ik", "je", "jij", "het", "de", "een", "niet", "nie", "wil", "ben", "heb", "mijn", "m'n", "mn", "maar", "dat", "dit", "en", "van", "voor", "met", "ook", "zijn", "wat", "hoe", "waarom", "geen", "nog", "al", "wel", "werk", "baan", "bij", "als", "omdat", "want", "zie", "weet", "gewoon", "echt", "eigenlijk", "hoi", "hallo", "ja", "nee", "bang", "zorgen", "beroep", "graag", "kan", "moet", "word", "wordt", "er", "meer", "zo", "om", "te", "naar", "nu", "dus"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> English = FrozenSet.ToFrozenSet(
        ["i", "im", "you", "the", "a", "an", "not", "dont", "want", "am", "have", "my", "but", "that", "this", "and", "of", "for", "with", "also", "is", "are", "what", "how", "why", "no", "still", "already", "job", "work", "at", "as", "because", "see", "know", "just", "really", "actually", "hi", "hello", "yes", "scared", "worried", "can", "must", "will", "it", "more", "so", "to", "now", "be", "was", "been", "its", "about", "do"],
        StringComparer.Ordinal);

    public static Language? Of(string text)
    {
        var words = ChatText.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var dutch = words.Count(Dutch.Contains);
        var english = words.Count(English.Contains);
        return dutch >= english + Margin ? Language.Dutch : english >= dutch + Margin ? Language.English : null;
    }
}
