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

    /// <summary>
    /// Its line in <c>/sources</c>: name, what it is used for, credit, each said once. A credit line that already names
    /// the source by starting with its name leads (Anthropic's); one that also says what the source is stands alone (Felten's required wording).
    /// </summary>
    public string ListLine()
    {
        if (!Attribution.StartsWith(Name, StringComparison.Ordinal))
        {
            return $"{Name} — {UsedFor}. {Attribution}";
        }

        return Attribution.Contains(UsedFor, StringComparison.OrdinalIgnoreCase)
            ? Attribution
            : $"{Attribution.TrimEnd('.')} — {UsedFor}.";
    }
}
