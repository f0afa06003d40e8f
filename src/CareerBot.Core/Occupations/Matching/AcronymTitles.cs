namespace CareerBot.Core.Occupations.Matching;

/// <summary>
/// Short titles in capitals ("CAT" for Certified Appliance Technician) that other titles use as an ordinary word
/// ("Cat Groomer"): typed in chat they mean the word ("I like cats"), so the index leaves them out.
/// </summary>
internal static class AcronymTitles
{
    private const int MaxLength = 4;

    public static HashSet<string> Ambiguous(IReadOnlyCollection<TitleVocabularyEntry> entries)
    {
        var acronyms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Source == TitleSource.ShortTitle && IsAcronym(entry.Text))
            {
                acronyms.Add(entry.Text);
            }
        }

        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        if (acronyms.Count == 0)
        {
            return ambiguous;
        }

        foreach (var entry in entries)
        {
            foreach (var word in entry.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // "Cat" (capital then lower case) is the ordinary word the acronym "CAT" spells.
                if (word.Length is > 1 and <= MaxLength && char.IsUpper(word[0]) && char.IsLower(word[1])
                    && acronyms.Contains(word.ToUpperInvariant()))
                {
                    ambiguous.Add(word.ToUpperInvariant());
                }
            }
        }

        return ambiguous;
    }

    private static bool IsAcronym(string text) =>
        text.Length is > 1 and <= MaxLength && text.All(char.IsAsciiLetterUpper);
}
