namespace CareerBot.Tests.ConsoleChat;

/// <summary>Feeds scripted lines and writes each one into the transcript as "&gt; line", so a transcript reads like the chat.</summary>
internal sealed class EchoingReader(IEnumerable<string> lines, TextWriter transcript) : TextReader
{
    private readonly Queue<string> _lines = new(lines);

    public override string? ReadLine()
    {
        if (!_lines.TryDequeue(out var line))
        {
            return null;
        }

        transcript.WriteLine("> " + line);
        return line;
    }

    public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => ValueTask.FromResult(ReadLine());
}
