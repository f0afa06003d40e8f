using CareerBot.Dialogue;
using CareerBot.Storage.LiteDb;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.ConsoleChat;

/// <summary>
/// Where the console chat keeps the risk card pictures it shows: Pictures:Directory, or a "pictures" folder beside the
/// database (data/pictures by default), created when the first picture is saved. A picture is saved under its own file
/// name (the occupation codes it shows), so asking about the same jobs again replaces the file rather than piling up
/// copies; each is written whole under a temporary name first, so a reader never opens half a file.
/// </summary>
internal sealed class PictureFolder(IOptions<PicturesOptions> pictures, IOptions<StorageOptions> storage, ILogger<PictureFolder> logger)
{
    /// <summary>The folder as configured (a full path: relative ones are resolved from the binary's folder): what the chat prints.</summary>
    public string Path { get; } = string.IsNullOrWhiteSpace(pictures.Value.Directory)
        ? System.IO.Path.Combine(System.IO.Path.GetDirectoryName(storage.Value.DatabasePath) ?? "", "pictures")
        : pictures.Value.Directory;

    /// <summary>Saves the PNG and returns its path as printed, or null when it could not be written (logged; the text still goes).</summary>
    public async Task<string?> SaveAsync(string fileName, byte[] png, CancellationToken cancellationToken)
    {
        var path = System.IO.Path.Combine(Path, fileName);
        var partial = path + ".partial";
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetFullPath(Path));
            await File.WriteAllBytesAsync(partial, png, cancellationToken);
            File.Move(partial, path, overwrite: true);
            return path;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Log.PictureNotSaved(logger, Path, ex);
            return null;
        }
    }
}
