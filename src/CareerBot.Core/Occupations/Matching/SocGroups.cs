namespace CareerBot.Core.Occupations.Matching;

/// <summary>
/// The SOC 2018 hierarchy read from the codes themselves: the broad ("15-125"), minor ("15-1") and major ("15")
/// group of each occupation ("15-1252"), as small integer ids per level.
/// </summary>
internal sealed class SocGroups
{
    private static readonly int[] PrefixLengths = [6, 4, 2];

    public SocGroups(string[] socs)
    {
        Of = new int[PrefixLengths.Length][];
        Counts = new int[PrefixLengths.Length];
        for (var level = 0; level < PrefixLengths.Length; level++)
        {
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            Of[level] = new int[socs.Length];
            for (var soc = 0; soc < socs.Length; soc++)
            {
                var prefix = socs[soc][..Math.Min(PrefixLengths[level], socs[soc].Length)];
                if (!ids.TryGetValue(prefix, out var id))
                {
                    id = ids.Count;
                    ids[prefix] = id;
                }

                Of[level][soc] = id;
            }

            Counts[level] = ids.Count;
        }
    }

    public static int Levels => PrefixLengths.Length;

    /// <summary>Group id of each SOC, per level (broad, minor, major).</summary>
    public int[][] Of { get; }

    /// <summary>Number of groups per level.</summary>
    public int[] Counts { get; }
}
