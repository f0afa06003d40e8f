namespace CareerBot.Core.Occupations.Matching;

/// <summary>Reads typed text into query terms: drops chat filler, stems, repairs typos and splits or joins compounds.</summary>
internal sealed class QueryParser(TitleIndex index)
{
    private readonly WordRepair _repair = new(index);

    /// <summary>Longer input is a paste, not a job title.</summary>
    public const int MaxInputLength = 300;

    private const int MaxTerms = 24;
    private const float OneEdit = 0.85f;
    private const float TwoEdits = 0.7f;
    private const float CompoundPart = 0.95f;
    private const float Variant = 0.9f;
    private const float Derived = 0.9f;

    public List<QueryTerm> Parse(string text)
    {
        var terms = new List<QueryTerm>();
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxInputLength)
        {
            return terms;
        }

        var sentence = QueryWords.Read(text, MaxTerms);
        var words = sentence.Words;
        var workplace = sentence.Workplace;
        var firstTermOfWord = new List<int>();
        foreach (var word in words)
        {
            firstTermOfWord.Add(terms.Count);
            AddWord(word, terms);
            AddVariants(word, terms);
        }

        if (workplace >= 0 && workplace < words.Count)
        {
            var first = firstTermOfWord[workplace];
            terms[first] = terms[first] with { IsWorkplace = true };

            // A field of work names its worker: "in de beveiliging" → beveiliger, "in de schoonmaak" stays as it is.
            if (_repair.TryAgent(words[workplace], out var agent))
            {
                terms[first].Alternatives.Add((agent, Variant));
            }
        }

        // In a sentence, a word the vocabulary lacks after a preposition is a name ("klantenservice van Ziggo").
        for (var w = 0; w < words.Count && sentence.IsSentence; w++)
        {
            sentence.Employer[w] |= sentence.AfterPreposition[w] && terms[firstTermOfWord[w]].Alternatives.Count == 0;
        }

        SentenceWeights.WeighDownEmployer(sentence.Employer, firstTermOfWord, terms);
        var jobClause = SentenceClauses.JobClause(sentence.Clauses, sentence.Framed, firstTermOfWord, terms, index.HeadShare);
        SentenceWeights.WeighDownOtherClauses(sentence.Clauses, jobClause, firstTermOfWord, terms);
        if (sentence.IsSentence)
        {
            SentenceWeights.MarkUnexplained(terms, index.UnknownWeight * 2);
        }

        // "software ontwikkelaar" also means the compound "softwareontwikkelaar".
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (index.TryGetToken(TokenStemmer.Stem(words[i] + words[i + 1]), out var joined))
            {
                terms[firstTermOfWord[i]].Alternatives.Add((joined, 1f));
                terms[firstTermOfWord[i + 1]].Alternatives.Add((joined, 1f));
            }
        }

        return terms;
    }

    private void AddWord(string word, List<QueryTerm> terms)
    {
        var stem = TokenStemmer.Stem(word);
        if (index.TryGetToken(stem, out var id) || index.TryGetToken(word, out id))
        {
            terms.Add(Term(id, 1f));
            return;
        }

        // A one-letter slip ("timerman") is likelier than a derived form of a shorter word ("timer" + "man").
        var (distance, ids) = index.Fuzzy.Value.Find(stem, 1);
        if (distance == 1)
        {
            terms.Add(Terms(ids, OneEdit));
            return;
        }

        if (_repair.TryDerived(word, out id))
        {
            terms.Add(Term(id, Derived));
            return;
        }

        if (_repair.TrySplit(stem, out var left, out var right))
        {
            terms.Add(Term(left, CompoundPart));
            terms.Add(Term(right, CompoundPart));
            return;
        }

        if (stem.Length >= 8)
        {
            (distance, ids) = index.Fuzzy.Value.Find(stem, 2);
            if (distance == 2)
            {
                terms.Add(Terms(ids, TwoEdits));
                return;
            }
        }

        terms.Add(new QueryTerm(index.UnknownWeight, []));
    }

    private void AddVariants(string word, List<QueryTerm> terms)
    {
        if (!WordVariants.ByWord.TryGetValue(word, out var variants))
        {
            return;
        }

        var term = terms[^1];
        var wasUnknown = term.Alternatives.Count == 0;
        foreach (var variant in variants)
        {
            if (index.TryGetToken(TokenStemmer.Stem(variant), out var id))
            {
                term.Alternatives.Add((id, Variant));
            }
        }

        if (wasUnknown && term.Alternatives.Count > 0)
        {
            terms[^1] = term with { Weight = term.Alternatives.Max(a => index.TokenWeights[a.TokenId]) };
        }
    }

    private QueryTerm Term(int id, float similarity) => new(index.TokenWeights[id], [(id, similarity)]);

    private QueryTerm Terms(List<int> ids, float similarity) =>
        new(ids.Max(id => index.TokenWeights[id]), [.. ids.Take(8).Select(id => (id, similarity))]);
}
