using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>The bytes of the seed files, read once, with one content hash over all of them.</summary>
internal sealed class SeedFileSet
{
    private readonly Dictionary<string, byte[]> _contents;

    private SeedFileSet(Dictionary<string, byte[]> contents, string contentHash)
    {
        _contents = contents;
        ContentHash = contentHash;
    }

    public string ContentHash { get; }

    public SeedTable Table(string name) => SeedTable.Parse(name, _contents[name]);

    /// <summary>Reads the named files; <paramref name="version"/> is hashed too so a changed import rule re-imports.</summary>
    public static async Task<SeedFileSet> ReadAsync(string folder, IReadOnlyList<string> names, string version, CancellationToken cancellationToken)
    {
        var contents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(version));
        foreach (var name in names)
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"Seed file '{name}' is missing from '{folder}'.", path);
            }

            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            contents[name] = bytes;
            hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"\n{name}\n{bytes.Length}\n")));
            hash.AppendData(bytes);
        }

        return new SeedFileSet(contents, Convert.ToHexString(hash.GetHashAndReset()));
    }
}
