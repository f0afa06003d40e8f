using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>The bytes of the seed files, read once, with one content hash over all of them.</summary>
internal sealed class SeedFileSet
{
    private const int BufferBytes = 81_920;

    private readonly Dictionary<string, byte[]> _contents;
    private readonly Dictionary<string, SeedTable> _tables = new(StringComparer.Ordinal);

    private SeedFileSet(Dictionary<string, byte[]> contents, string contentHash)
    {
        _contents = contents;
        ContentHash = contentHash;
    }

    public string ContentHash { get; }

    /// <summary>The named file parsed, once however often the import asks (several readers join the same table).</summary>
    public SeedTable Table(string name) =>
        _tables.TryGetValue(name, out var table) ? table : _tables[name] = SeedTable.Parse(name, _contents[name]);

    /// <summary>Reads the named files; <paramref name="version"/> is hashed too so a changed import rule re-imports.</summary>
    public static async Task<SeedFileSet> ReadAsync(string folder, IReadOnlyList<string> names, string version, CancellationToken cancellationToken)
    {
        var contents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using var hash = StartHash(version);
        foreach (var name in names)
        {
            var bytes = await File.ReadAllBytesAsync(PathOf(folder, name), cancellationToken);
            contents[name] = bytes;
            AppendHeader(hash, name, bytes.Length);
            hash.AppendData(bytes);
        }

        return new SeedFileSet(contents, Convert.ToHexString(hash.GetHashAndReset()));
    }

    /// <summary>
    /// The same content hash as <see cref="ReadAsync"/>, streamed: a start whose seeds are unchanged (the usual one) only
    /// compares hashes and need not hold the files in memory.
    /// </summary>
    public static async Task<string> HashAsync(string folder, IReadOnlyList<string> names, string version, CancellationToken cancellationToken)
    {
        using var hash = StartHash(version);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
        try
        {
            foreach (var name in names)
            {
                await using var file = new FileStream(PathOf(folder, name), FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true);
                AppendHeader(hash, name, file.Length);
                int read;
                while ((read = await file.ReadAsync(buffer.AsMemory(0, BufferBytes), cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static IncrementalHash StartHash(string version)
    {
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(version));
        return hash;
    }

    private static void AppendHeader(IncrementalHash hash, string name, long length) =>
        hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"\n{name}\n{length}\n")));

    private static string PathOf(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Seed file '{name}' is missing from '{folder}'.", path);
    }
}
