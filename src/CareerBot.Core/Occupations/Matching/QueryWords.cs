namespace CareerBot.Core.Occupations.Matching;

/// <summary>
/// The content words of typed text, chat filler and not-in-work phrases removed, with where each stood: its clause,
/// whether it describes the employer ("at a bank"), which one follows a workplace or field frame ("I work in …",
/// "I do …"), and which clauses say what the person is ("I'm a …", "ik ben …").
/// </summary>
internal sealed class QueryWords
{
    public List<string> Words { get; } = [];

    /// <summary>The clause of each word.</summary>
    public List<int> Clauses { get; } = [];

    public List<bool> Employer { get; } = [];

    /// <summary>The word follows a preposition ("klantenservice van Ziggo", "copywriter at Ogilvy"): unknown there, it is a name.</summary>
    public List<bool> AfterPreposition { get; } = [];

    /// <summary>Clauses with an identity frame.</summary>
    public HashSet<int> Framed { get; } = [];

    /// <summary>Index of the word after a workplace or field frame; -1 if none.</summary>
    public int Workplace { get; private set; } = -1;

    /// <summary>The text is chat around a title, not a bare title.</summary>
    public bool IsSentence { get; private set; }

    public static QueryWords Read(string text, int maxWords)
    {
        var clauseStarts = new List<int>();
        var all = TitleText.Tokenize(text, clauseStarts);
        var notInWork = NotInWork.Mark(all, IsContent);
        var read = new QueryWords { IsSentence = all.Any(FillerWords.Chat.Contains) || notInWork.Any(m => m) };
        var clauseOf = SentenceClauses.Assign(all, clauseStarts, read.IsSentence);
        var inEmployerPhrase = false;
        var clauseWords = 0;
        for (var i = 0; i < all.Count && read.Words.Count < maxWords; i++)
        {
            if (i > 0 && clauseOf[i] != clauseOf[i - 1])
            {
                (inEmployerPhrase, clauseWords) = (false, 0);
            }

            if (SentenceClauses.IsIdentityFrame(all, i))
            {
                read.Framed.Add(clauseOf[i]);
            }

            if (i > 0 && (SentenceFrame.IsWorkplaceFrame(all[i - 1], all[i]) || (i > 1 && SentenceFrame.IsFieldFrame(all[i - 2], all[i - 1]))))
            {
                read.Workplace = read.Words.Count;
            }
            else if (clauseWords > 0 && read.Words.Count != read.Workplace && SentenceFrame.StartsEmployerPhrase(all[i]))
            {
                inEmployerPhrase = true;
            }

            if (!notInWork[i] && IsContent(all[i]) && !IsPronounIt(all, i))
            {
                read.Words.Add(all[i]);
                read.Clauses.Add(clauseOf[i]);
                read.Employer.Add(inEmployerPhrase);
                read.AfterPreposition.Add(i > 0 && (SentenceFrame.StartsEmployerPhrase(all[i - 1]) || all[i - 1] is "van" or "of" or "de" or "het" or "the" or "a" or "an" or "een"));
                clauseWords++;
            }
        }

        // In a sentence ("I work on a university help desk"), an employer noun beside a job word says where, not what.
        for (var w = 0; w < read.Words.Count && read.IsSentence; w++)
        {
            read.Employer[w] |= SentenceFrame.EmployerNouns.Contains(read.Words[w]);
        }

        return read;
    }

    // "I work in IT", "IT support" name the field; "been doing it for years", "still love it" do not.
    private static bool IsPronounIt(List<string> tokens, int i) =>
        tokens[i] == "it"
        && !(i > 0 && tokens[i - 1] is "in" or "the" or "an" or "a" or "into")
        && !(i + 1 < tokens.Count && IsContent(tokens[i + 1]) && tokens[i + 1].All(char.IsAsciiLetter));

    private static bool IsContent(string word) => !FillerWords.Joiners.Contains(word) && !FillerWords.Chat.Contains(word);
}
