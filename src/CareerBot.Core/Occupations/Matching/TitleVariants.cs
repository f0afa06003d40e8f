namespace CareerBot.Core.Occupations.Matching;

/// <summary>
/// Spells out the forms a vocabulary title stands for: "leraar/lerares lager onderwijs" is two titles, and
/// "CEO (Chief Executive Officer)" is both "CEO" and "Chief Executive Officer".
/// </summary>
internal static class TitleVariants
{
    public static IEnumerable<string> Expand(string text)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var close = open < 0 ? -1 : text.IndexOf(')', open + 1);
        if (open >= 0 && close > open)
        {
            var outside = string.Concat(text.AsSpan(0, open), " ", text.AsSpan(close + 1)).Trim();
            var inside = text[(open + 1)..close].Trim();
            foreach (var variant in ExpandSlashes(outside))
            {
                yield return variant;
            }

            // An expansion of an acronym is a title of its own; a one-word qualifier ("(chemisch)") is not.
            if (inside.Contains(' ', StringComparison.Ordinal))
            {
                foreach (var variant in ExpandSlashes(inside))
                {
                    yield return variant;
                }
            }

            yield break;
        }

        foreach (var variant in ExpandSlashes(text))
        {
            yield return variant;
        }
    }

    private static IEnumerable<string> ExpandSlashes(string text)
    {
        if (!text.Contains('/', StringComparison.Ordinal))
        {
            yield return text;
            yield break;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var options = words.Select(w => w.Split('/', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var count = options.Max(o => o.Length);
        for (var k = 0; k < count; k++)
        {
            yield return string.Join(' ', options.Where(o => o.Length > 0).Select(o => o[Math.Min(k, o.Length - 1)]));
        }
    }
}
