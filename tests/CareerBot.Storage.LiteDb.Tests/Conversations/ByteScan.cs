using System.Text;

namespace CareerBot.Storage.LiteDb.Tests.Conversations;

/// <summary>Looks for text in raw file bytes, as UTF-8 and as UTF-16 (little and big endian).</summary>
internal static class ByteScan
{
    /// <summary>Reads a file that LiteDB still holds open; a missing file reads as empty.</summary>
    public static byte[] ReadShared(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static IReadOnlyList<string> Find(byte[] bytes, IEnumerable<string> needles) =>
        [.. needles.SelectMany(needle => Encodings(needle)
            .Where(e => bytes.AsSpan().IndexOf(e.Bytes) >= 0)
            .Select(e => $"{e.Name}: {Shorten(needle)}"))];

    private static IEnumerable<(string Name, byte[] Bytes)> Encodings(string needle)
    {
        yield return ("utf-8", Encoding.UTF8.GetBytes(needle));
        yield return ("utf-16le", Encoding.Unicode.GetBytes(needle));
        yield return ("utf-16be", Encoding.BigEndianUnicode.GetBytes(needle));
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
