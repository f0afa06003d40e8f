using System.Text;
using System.Text.Json;

namespace CareerBot.Corpus;

/// <summary>
/// Reads the bad-input corpus (tests/corpus/bad-input, copied next to each test assembly that uses it).
/// The files are the reviewable source of truth; see their README for the format.
/// </summary>
internal static class BadInputCorpus
{
    /// <summary>Stands for <see cref="HugeLength"/> 'x' characters inside a raw platform line.</summary>
    public const string HugePlaceholder = "$$HUGE$$";

    public const int HugeLength = 100_000;

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "corpus", "bad-input");

    /// <summary>Every text and button case of every group (text/*.json), in file order.</summary>
    public static IReadOnlyList<TextCase> TextCases() =>
        [.. Directory.GetFiles(Path.Combine(Folder, "text"), "*.json").Order(StringComparer.Ordinal).SelectMany(ReadTextFile)];

    /// <summary>The raw cases of the line files matching <paramref name="pattern"/> in <paramref name="subfolder"/>.</summary>
    public static IReadOnlyList<RawCase> RawCases(string subfolder, string pattern = "*.txt") =>
        [.. Directory.GetFiles(Path.Combine(Folder, subfolder), pattern).Order(StringComparer.Ordinal).SelectMany(ReadLineFile)];

    private static IEnumerable<TextCase> ReadTextFile(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path, Encoding.UTF8));
        var cases = new List<TextCase>();
        foreach (var item in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            var id = item.GetProperty("id").GetString()!;
            var payload = item.TryGetProperty("payload", out var p) ? p.GetString() : null;
            var text = item.TryGetProperty("units", out var units)
                ? new string([.. units.EnumerateArray().Select(u => (char)u.GetInt32())])
                : item.TryGetProperty("text", out var t) ? t.GetString() : null;
            if (text is not null && item.TryGetProperty("repeat", out var repeat))
            {
                text = string.Concat(Enumerable.Repeat(text, repeat.GetInt32()));
            }

            cases.Add(new TextCase(id, text, payload));
        }

        return cases;
    }

    private static IEnumerable<RawCase> ReadLineFile(string path)
    {
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var raw = line[(tab + 1)..];
            if (raw.StartsWith('~'))
            {
                // Raw text with invisible characters (NUL, BOM) is kept in the file as a JSON string literal.
                raw = JsonSerializer.Deserialize<string>(raw[1..])!;
            }

            raw = raw.Replace(HugePlaceholder, new string('x', HugeLength), StringComparison.Ordinal);
            yield return new RawCase(line[..tab], raw);
        }
    }
}
