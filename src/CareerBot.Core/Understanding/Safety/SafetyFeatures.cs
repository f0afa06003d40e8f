namespace CareerBot.Core.Understanding.Safety;

/// <summary>
/// The words a <see cref="SafetyModel"/> looks at in prepared text: words ("w:"), word pairs within a clause ("b:"), and
/// four-letter pieces of words ("c:") so misspellings and Dutch compounds ("zelfmoordgedachten") share evidence.
/// </summary>
internal static class SafetyFeatures
{
    private const int PieceLength = 4;

    public static HashSet<string> Of(string prepared)
    {
        var features = new HashSet<string>(StringComparer.Ordinal);
        string? previous = null;
        foreach (var word in prepared.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word == "|")
            {
                previous = null;
                continue;
            }

            features.Add("w:" + word);
            if (previous is not null)
            {
                features.Add("b:" + previous + "_" + word);
            }

            var padded = "<" + word + ">";
            for (var i = 0; i + PieceLength <= padded.Length; i++)
            {
                features.Add(string.Concat("c:", padded.AsSpan(i, PieceLength)));
            }

            previous = word;
        }

        return features;
    }
}
