using CareerBot.Core.Texts;

namespace CareerBot.Core.Occupations;

/// <summary>One source of the data or stories CareerBot tells, with the line that credits it.</summary>
/// <param name="Id">Stable key, e.g. "frey-osborne".</param>
/// <param name="Name">Short name with year, as told to people.</param>
/// <param name="UsedFor">What CareerBot takes from it.</param>
/// <param name="Attribution">The credit line required or requested by the source (English).</param>
public sealed record DataSource(string Id, string Name, string UsedFor, string Attribution)
{
    /// <summary>What its figures mean, in plain words; null when it gives no figure about a job.</summary>
    public string? Meaning { get; init; }

    /// <summary>The name as told to Dutch speakers; null when it is the same.</summary>
    public string? NameDutch { get; init; }

    /// <summary>What CareerBot takes from it, in Dutch.</summary>
    public required string UsedForDutch { get; init; }

    /// <summary><see cref="Meaning"/> in Dutch; null when it gives no figure about a job.</summary>
    public string? MeaningDutch { get; init; }

    /// <summary>
    /// The credit line for Dutch speakers. Null keeps <see cref="Attribution"/> word for word: a line a licence requires
    /// (CC BY, the ESCO decision, MIT) is given as its licensor asks, in English.
    /// </summary>
    public string? AttributionDutch { get; init; }

    /// <summary>Its line in <c>/sources</c>, in English.</summary>
    public string ListLine() => ListLine(Language.English);

    /// <summary>
    /// Its line in <c>/sources</c>: name, what it is used for, credit, each said once. A credit line that already names
    /// the source by starting with its name leads (Anthropic's); one that also says what the source is stands alone (Felten's required wording).
    /// </summary>
    public string ListLine(Language language)
    {
        var dutch = language == Language.Dutch;
        var name = dutch ? NameDutch ?? Name : Name;
        var usedFor = dutch ? UsedForDutch : UsedFor;
        var attribution = dutch ? AttributionDutch ?? Attribution : Attribution;
        if (!attribution.StartsWith(name, StringComparison.Ordinal))
        {
            return $"{name} — {usedFor}. {attribution}";
        }

        return attribution.Contains(usedFor, StringComparison.OrdinalIgnoreCase)
            ? attribution
            : $"{attribution.TrimEnd('.')} — {usedFor}.";
    }
}
