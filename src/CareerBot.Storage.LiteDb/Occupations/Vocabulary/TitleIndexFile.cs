using System.Security.Cryptography;
using System.Text;
using CareerBot.Core.Occupations.Matching;
using Microsoft.Extensions.Logging;

namespace CareerBot.Storage.LiteDb.Occupations.Vocabulary;

/// <summary>
/// The built title index kept beside the database file (<c>careerbot-titles.idx</c> next to <c>careerbot.db</c>), so a start on
/// unchanged seeds loads it instead of reading ~97,000 seed titles and indexing them again. It is a cache: missing, stale or
/// damaged, it is rebuilt and rewritten; when it cannot be written the bot runs on the matcher it built.
/// Layout: magic, version, key, payload length, payload SHA-256, payload (<see cref="TitleMatcher.Save"/>).
/// </summary>
internal sealed class TitleIndexFile(string path, ILogger logger)
{
    // "CBTF" and the envelope's version.
    private const int Magic = 0x46544243;
    private const int Version = 1;

    public string FilePath => path;

    /// <summary><c>folder/careerbot-titles.idx</c> for <c>folder/careerbot.db</c>, named like LiteDB's own <c>careerbot-log.db</c>.</summary>
    public static string Beside(string databasePath)
    {
        var database = Path.GetFullPath(databasePath);
        return Path.Combine(
            Path.GetDirectoryName(database) ?? string.Empty,
            Path.GetFileNameWithoutExtension(database) + "-titles.idx");
    }

    /// <summary>The matcher saved under <paramref name="key"/>; null (logged) when the file is missing, was built from other seeds or code, or is damaged.</summary>
    public TitleMatcher? TryLoad(string key)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 65_536);
            using var reader = new BinaryReader(file, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
            {
                throw new InvalidDataException("Not a title index file of this version.");
            }

            if (reader.ReadString() != key)
            {
                Log.TitleIndexStale(logger, path);
                return null;
            }

            var length = reader.ReadInt64();
            var checksum = reader.ReadBytes(SHA256.HashSizeInBytes);
            var payload = file.Position;
            if (length != file.Length - payload)
            {
                throw new InvalidDataException($"The payload is {file.Length - payload} bytes where {length} were written.");
            }

            // Checked before parsing: the payload's own checks catch broken structure, the checksum also a changed number.
            if (!SHA256.HashData(file).AsSpan().SequenceEqual(checksum))
            {
                throw new InvalidDataException("The payload does not match its checksum.");
            }

            file.Position = payload;
            return TitleMatcher.Load(file);
        }
#pragma warning disable CA1031 // A cache that cannot be read for any reason is rebuilt: it must never stop the bot.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.TitleIndexDamaged(logger, path, ex);
            return null;
        }
    }

    /// <summary>Writes the index under <paramref name="key"/> through a temporary file and a rename, so readers never see half a file.</summary>
    public bool TrySave(TitleMatcher matcher, string key)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        var temporary = path + "." + Path.GetRandomFileName() + ".tmp";
        try
        {
            using var payload = new MemoryStream();
            matcher.Save(payload);
            var checksum = SHA256.HashData(payload.GetBuffer().AsSpan(0, (int)payload.Length));
            Directory.CreateDirectory(Path.GetDirectoryName(path) ?? ".");
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                using (var writer = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
                {
                    writer.Write(Magic);
                    writer.Write(Version);
                    writer.Write(key);
                    writer.Write(payload.Length);
                    writer.Write(checksum);
                }

                payload.WriteTo(file);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Log.TitleIndexNotSaved(logger, path, ex);
            TryDelete(temporary);
            return false;
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only a temporary file; the folder it could not be written to may not even exist.
        }
    }
}
