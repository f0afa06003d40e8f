using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CareerBot.Core.Occupations.Matching;

namespace CareerBot.Storage.LiteDb.Occupations.Vocabulary;

/// <summary>
/// What a persisted title index was built from: the vocabulary seed files (names and bytes) and the builds of the code that
/// reads and indexes them. Any change to either gives another key, so a stale index is never loaded.
/// </summary>
internal static class TitleIndexKey
{
    private const int BufferBytes = 81_920;

    /// <summary>SHA-256 (hex) over the code's module version ids and every vocabulary seed file, streamed (none is held in memory).</summary>
    public static string Compute(string seedsFolder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // A deterministic build gives a new module version id exactly when the code changed: the reader's or the index builder's.
        Append(hash, $"title-index\n{Mvid(typeof(TitleMatcher))}\n{Mvid(typeof(TitleVocabularyReader))}\n");
        var buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
        try
        {
            foreach (var name in TitleVocabularyFiles.All)
            {
                using var file = new FileStream(Path.Combine(seedsFolder, name), FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
                Append(hash, string.Create(CultureInfo.InvariantCulture, $"\n{name}\n{file.Length}\n"));
                int read;
                while ((read = file.Read(buffer, 0, buffer.Length)) > 0)
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

    private static Guid Mvid(Type type) => type.Assembly.ManifestModule.ModuleVersionId;

    private static void Append(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text));
}
