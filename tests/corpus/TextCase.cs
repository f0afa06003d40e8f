namespace CareerBot.Corpus;

/// <summary>
/// One bad-input case of what a person sends: typed <see cref="Text"/> (null with a null payload = a message without
/// text, such as a photo) or a pressed/forged button <see cref="Payload"/>.
/// </summary>
internal sealed record TextCase(string Id, string? Text, string? Payload)
{
    public string Group => Id[..Id.IndexOf('/', StringComparison.Ordinal)];

    public override string ToString() => Id;
}
