namespace CareerBot.Core.Occupations.Matching;

/// <summary>
/// Finds vocabulary words within one or two edits of a typed word ("electrican" → "electrician") through
/// single-deletion keys (the symmetric-delete method), then checks the real distance.
/// </summary>
internal sealed class FuzzyTokenLookup
{
    private const int MinLength = 5;

    // Most deletion keys belong to one word: its id is stored directly; a key shared by several words holds
    // -(n + 1), where n is the position of its id list in _shared.
    private readonly Dictionary<string, int> _deletes;
    private readonly List<List<int>> _shared = [];
    private readonly string[] _tokens;

    public FuzzyTokenLookup(string[] tokens)
    {
        _tokens = tokens;
        _deletes = new Dictionary<string, int>(tokens.Length * 8, StringComparer.Ordinal);
        for (var id = 0; id < tokens.Length; id++)
        {
            if (tokens[id].Length < MinLength)
            {
                continue;
            }

            foreach (var key in Keys(tokens[id]))
            {
                Add(key, id);
            }
        }
    }

    /// <summary>A lookup whose build starts on the thread pool now, so start-up does not wait for it and a first typo rarely does.</summary>
    public static Lazy<FuzzyTokenLookup> InBackground(string[] tokens)
    {
        var lookup = new Lazy<FuzzyTokenLookup>(() => new FuzzyTokenLookup(tokens), LazyThreadSafetyMode.ExecutionAndPublication);
        ThreadPool.QueueUserWorkItem(static lazy => _ = lazy.Value, lookup, preferLocal: false);
        return lookup;
    }

    /// <summary>Vocabulary token ids at the smallest distance found (1 or, for long words, 2) from <paramref name="word"/>.</summary>
    public (int Distance, List<int> Ids) Find(string word, int maxDistance)
    {
        var best = maxDistance + 1;
        var found = new List<int>();
        if (word.Length < MinLength)
        {
            return (best, found);
        }

        var seen = new HashSet<int>();
        foreach (var key in Keys(word))
        {
            if (!_deletes.TryGetValue(key, out var entry))
            {
                continue;
            }

            foreach (var id in entry >= 0 ? [entry] : _shared[-entry - 1])
            {
                if (!seen.Add(id))
                {
                    continue;
                }

                var distance = EditDistance.Bounded(word, _tokens[id], maxDistance);
                if (distance < best)
                {
                    best = distance;
                    found.Clear();
                }

                if (distance == best && distance <= maxDistance)
                {
                    found.Add(id);
                }
            }
        }

        return (best, found);
    }

    private void Add(string key, int id)
    {
        if (!_deletes.TryGetValue(key, out var entry))
        {
            _deletes[key] = id;
        }
        else if (entry >= 0)
        {
            if (entry != id)
            {
                _shared.Add([entry, id]);
                _deletes[key] = -_shared.Count;
            }
        }
        else if (_shared[-entry - 1][^1] != id)
        {
            _shared[-entry - 1].Add(id);
        }
    }

    private static IEnumerable<string> Keys(string word)
    {
        yield return word;
        for (var i = 0; i < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
        }
    }
}
