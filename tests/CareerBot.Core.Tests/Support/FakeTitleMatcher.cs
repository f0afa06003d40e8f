using CareerBot.Core.Occupations;

namespace CareerBot.Core.Tests.Support;

/// <summary>A matcher that knows a few job words by heart: an exact phrase, else the longest known word inside a sentence.</summary>
internal sealed class FakeTitleMatcher : ITitleMatcher
{
    private readonly Dictionary<string, TitleMatch[]> _answers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["copywriter"] = [new("27-3043", "Writers and Authors", 0.9) { IsConfident = true }, new("27-3041", "Editors", 0.6)],
        ["writer"] = [new("27-3043", "Writers and Authors", 0.95) { IsConfident = true }],
        ["tekstschrijver"] = [new("27-3043", "Writers and Authors", 0.9) { Isco08 = "2641" }],
        ["academic editor"] = [new("27-3041", "Editors", 0.9), new("27-3043", "Writers and Authors", 0.5)],
        ["baker"] = [new("51-3011", "Bakers", 0.95)],
        ["bakker"] = [new("51-3011", "Bakers", 0.95) { Isco08 = "7512" }],
        ["therapist"] = [new("21-1013", "Marriage and Family Therapists", 0.8)],
        ["help desk"] = [new("15-1232", "Computer User Support Specialists", 0.9)],
        ["helpdesk"] = [new("15-1232", "Computer User Support Specialists", 0.9)],
        ["astronaut"] = [new("99-9999", "Astronauts", 0.9)],
        ["nurse"] = [new("29-1141", "Registered Nurses", 0.9)],
        ["elektricien"] = [new("47-2111", "Electricians", 0.95) { IsConfident = true }],
        ["electrician"] = [new("47-2111", "Electricians", 0.95) { IsConfident = true }],
        ["lawyer"] = [new("23-1011", "Lawyers", 0.9) { IsConfident = true }],
    };

    public int Calls { get; private set; }

    public IReadOnlyList<TitleMatch> Match(string text, int maxResults)
    {
        Calls++;
        if (_answers.TryGetValue(text.Trim(), out var matches))
        {
            return [.. matches.Take(maxResults)];
        }

        var padded = " " + text.Trim().ToLowerInvariant() + " ";
        var word = _answers.Keys.OrderByDescending(k => k.Length).FirstOrDefault(k => padded.Contains(" " + k + " ", StringComparison.Ordinal));
        return word is null ? [] : [.. _answers[word].Take(maxResults).Select(m => m with { Score = m.Score * 0.9, IsConfident = false })];
    }
}
