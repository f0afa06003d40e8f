namespace CareerBot.Core.Understanding.Safety;

/// <summary>Building blocks for phrase fragments over normalised chat text (lower-case words, " | " between clauses).</summary>
internal static class Phrase
{
    /// <summary>The person themself, or someone they speak about ("kill himself" is as urgent as "kill myself").</summary>
    public const string Self = "(?:my ?self|me ?self|him ?self|her ?self|them ?selves|them ?self)";

    /// <summary>Dutch: the person themself or someone else.</summary>
    public const string Zelf = "(?:mezelf|mijzelf|zichzelf|me zelf|mij zelf)";

    /// <summary>"my", "his", "her", "their".</summary>
    public const string Own = "(?:my|his|her|their|mijn|m n|mn|zijn|haar|hun)";

    /// <summary>"can't", "cannot", "unable to" and the like, as normalised text writes them.</summary>
    public const string Cant = "(?:cant|can t|cannot|can not|couldnt|could not|unable to|not able to|struggling to|struggle to)";

    /// <summary>Up to <paramref name="words"/> more words in the same clause.</summary>
    public static string Gap(int words) => $"(?: [a-z0-9]+){{0,{words}}}";

    /// <summary>Up to <paramref name="words"/> more words, also across clause breaks ("done. with all of it").</summary>
    public static string Span(int words) => $"(?: [a-z0-9|]+){{0,{words}}}";
}
