namespace CareerBot.Core.Occupations.Matching;

/// <summary>
/// Finds vocabulary words within one or two edits of a typed word ("electrican" → "electrician") through
/// single-deletion keys (the symmetric-delete method), then checks the real distance. The keys are not kept as strings:
/// each is one number (its hash, the word's id and the position deleted), all sorted, and a typed word's keys are compared
/// with the vocabulary word in place — about 2 MB instead of some 200,000 key strings in a dictionary.
/// </summary>
internal sealed class FuzzyTokenLookup
{
    private const int MinLength = 5;

    // The low bits of a key hold the position deleted, or NoDeletion for the whole word; the id sits above them.
    private const int PositionBits = 8;
    private const int NoDeletion = (1 << PositionBits) - 1;
    private const int MaxLength = NoDeletion - 1;

    private readonly string[] _tokens;

    // Hash in the high 32 bits, then the key: sorted, so the keys sharing a hash lie together in word-id order.
    private readonly long[] _keys;

    public FuzzyTokenLookup(string[] tokens)
    {
        _tokens = tokens;
        var count = 0;
        foreach (var token in tokens)
        {
            count += token.Length < MinLength ? 0 : token.Length + 1;
        }

        _keys = new long[count];
        Span<char> buffer = stackalloc char[MaxLength];
        var next = 0;
        for (var id = 0; id < tokens.Length; id++)
        {
            var token = tokens[id];
            if (token.Length < MinLength)
            {
                continue;
            }

            if (token.Length > MaxLength)
            {
                // Tokens come from TitleText, which cuts words at 64 characters.
                throw new ArgumentException($"Vocabulary word of {token.Length} characters is longer than {MaxLength}.", nameof(tokens));
            }

            _keys[next++] = Key(token, id, NoDeletion);
            for (var position = 0; position < token.Length; position++)
            {
                _keys[next++] = Key(Without(token, position, buffer), id, position);
            }
        }

        Array.Sort(_keys);
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
        var buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        for (var deleted = -1; deleted < word.Length; deleted++)
        {
            var key = deleted < 0 ? word.AsSpan() : Without(word, deleted, buffer);
            var hash = string.GetHashCode(key);
            for (var i = FirstWithHash(hash); i < _keys.Length && (int)(_keys[i] >> 32) == hash; i++)
            {
                var (id, position) = ((int)_keys[i] >> PositionBits, (int)_keys[i] & NoDeletion);
                if (!SameKey(_tokens[id], position, key) || !seen.Add(id))
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

    private static long Key(ReadOnlySpan<char> text, int id, int position) =>
        ((long)string.GetHashCode(text) << 32) | (uint)((id << PositionBits) | position);

    private static ReadOnlySpan<char> Without(string word, int position, Span<char> buffer)
    {
        word.AsSpan(0, position).CopyTo(buffer);
        word.AsSpan(position + 1).CopyTo(buffer[position..]);
        return buffer[..(word.Length - 1)];
    }

    // Hashes can collide: the key is the word with one position deleted (or whole), compared without building it.
    private static bool SameKey(string token, int position, ReadOnlySpan<char> key) =>
        position == NoDeletion
            ? token.AsSpan().SequenceEqual(key)
            : token.Length - 1 == key.Length
                && token.AsSpan(0, position).SequenceEqual(key[..position])
                && token.AsSpan(position + 1).SequenceEqual(key[position..]);

    private int FirstWithHash(int hash)
    {
        var index = Array.BinarySearch(_keys, (long)hash << 32);
        return index >= 0 ? index : ~index;
    }
}
