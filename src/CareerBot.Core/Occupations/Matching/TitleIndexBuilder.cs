using CareerBot.Core.Texts;

namespace CareerBot.Core.Occupations.Matching;

/// <summary>Builds a <see cref="TitleIndex"/> from vocabulary entries (once, at start-up).</summary>
internal static class TitleIndexBuilder
{
    // A word seen in one title ("SIT tester") says little about whether it names a job: count three unseen titles.
    private const float HeadShareSmoothing = 3f;

    public static TitleIndex Build(IEnumerable<TitleVocabularyEntry> entries)
    {
        var list = entries as IReadOnlyCollection<TitleVocabularyEntry> ?? entries.ToList();
        // The O*NET occupation title names a SOC (the ".00" row comes first); any title will do for the rest.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in list.Where(e => e.Source == TitleSource.OccupationTitle))
        {
            names.TryAdd(entry.Soc, entry.Text);
        }

        var socIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var socs = new List<string>();
        foreach (var entry in list)
        {
            names.TryAdd(entry.Soc, entry.Text);
            if (socIds.TryAdd(entry.Soc, socIds.Count))
            {
                socs.Add(entry.Soc);
            }
        }

        var stemCache = new Dictionary<string, string>(StringComparer.Ordinal);

        // A reviewed override replaces every heuristic mapping of the same wording.
        var overridden = list.Where(e => e.Source == TitleSource.Override)
            .SelectMany(e => TitleVariants.Expand(e.Text).Select(v => TitleAnalysis.Key(TitleAnalysis.Analyze(v, e.Language == Language.Dutch, stemCache).Stems)))
            .ToHashSet(StringComparer.Ordinal);

        var ambiguousAcronyms = AcronymTitles.Ambiguous(list);
        var titles = new Dictionary<(string Key, int Soc), IndexedTitle>();
        foreach (var entry in list)
        {
            if (entry.Source == TitleSource.ShortTitle && ambiguousAcronyms.Contains(entry.Text))
            {
                continue;
            }

            var trust = Trust(entry.Source);
            foreach (var variant in TitleVariants.Expand(entry.Text))
            {
                var (stems, head) = TitleAnalysis.Analyze(variant, entry.Language == Language.Dutch || entry.Source == TitleSource.ActivityPhrase, stemCache);
                var key = TitleAnalysis.Key(stems);
                if (stems.Length == 0 || (entry.Source != TitleSource.Override && overridden.Contains(key)))
                {
                    continue;
                }

                var socId = socIds[entry.Soc];
                var titleKey = (key, socId);
                if (!titles.TryGetValue(titleKey, out var existing) || existing.Trust < trust)
                {
                    var secondHead = entry.Language == Language.Dutch && entry.Source != TitleSource.ActivityPhrase ? stems[^1] : null;
                    titles[titleKey] = new IndexedTitle(stems, head, secondHead, socId, trust, entry.Isco08 ?? existing?.Isco)
                    {
                        NamesWorker = entry.Source != TitleSource.EverydayField,
                    };
                }
            }
        }

        return Assemble([.. titles.Values], [.. socs], [.. socs.Select(soc => names[soc])]);
    }

    private static TitleIndex Assemble(IndexedTitle[] titles, string[] socs, string[] socTitles)
    {
        var tokenIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var postings = new List<List<int>>();
        for (var titleId = 0; titleId < titles.Length; titleId++)
        {
            foreach (var stem in titles[titleId].Stems)
            {
                if (!tokenIds.TryGetValue(stem, out var tokenId))
                {
                    tokenId = tokenIds.Count;
                    tokenIds[stem] = tokenId;
                    postings.Add([]);
                }

                postings[tokenId].Add(titleId);
            }
        }

        var heads = new float[tokenIds.Count];
        foreach (var title in titles)
        {
            // A Dutch title's job noun may stand at either end ("medisch secretaresse", "leraar basisschool"): half each.
            var split = title.SecondHead is not null && title.SecondHead != title.Head;
            if (tokenIds.TryGetValue(title.Head, out var head))
            {
                heads[head] += split ? 0.5f : 1f;
            }

            if (split && tokenIds.TryGetValue(title.SecondHead!, out var second))
            {
                heads[second] += 0.5f;
            }

        }

        var weights = postings.Select(p => (float)Math.Log(1.0 + ((double)titles.Length / p.Count))).ToArray();
        var tokens = new string[tokenIds.Count];
        foreach (var (token, id) in tokenIds)
        {
            tokens[id] = token;
        }

        return new TitleIndex
        {
            TokenIds = tokenIds,
            Tokens = tokens,
            TokenWeights = weights,
            HeadShare = [.. heads.Select((n, id) => n / (postings[id].Count + HeadShareSmoothing))],
            Postings = [.. postings.Select(p => p.ToArray())],
            Titles = [.. titles.Select(t => new TitleInfo(
                t.Stems.Sum(s => weights[tokenIds[s]]),
                t.Trust,
                t.Soc,
                tokenIds.TryGetValue(t.Head, out var head) ? head : -1,
                t.SecondHead is not null && tokenIds.TryGetValue(t.SecondHead, out var second) ? second : -1,
                t.NamesWorker))],
            TitleIsco = [.. titles.Select(t => t.Isco)],
            Socs = socs,
            SocTitles = socTitles,
            Fuzzy = FuzzyTokenLookup.InBackground(tokens),
            UnknownWeight = weights.Length == 0 ? 1f : weights.Max() * 0.5f,
        };
    }

    private static float Trust(TitleSource source) => source switch
    {
        TitleSource.Override or TitleSource.EverydayTitle or TitleSource.EverydayField => 1.0f,
        TitleSource.ActivityPhrase => 0.95f,
        TitleSource.OccupationTitle or TitleSource.ReportedTitle => 0.97f,
        TitleSource.AlternateTitle or TitleSource.ShortTitle or TitleSource.EscoPreferred => 0.95f,
        TitleSource.EscoAlternative => 0.93f,
        TitleSource.EscoEnglish => 0.85f,
        _ => 0.9f,
    };
}
