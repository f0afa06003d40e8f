namespace CareerBot.Corpus;

/// <summary>One raw platform case (a Telegram update or response body, a Discord gateway frame), malformed on purpose.</summary>
internal sealed record RawCase(string Id, string Raw)
{
    public string Group => Id[..Id.LastIndexOf('/')];

    public override string ToString() => Id;
}
