using LiteDB;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.LiteDb;

/// <summary>Opens the one <see cref="ILiteDatabase"/> of the process, creating its folder when needed.</summary>
internal static class LiteDatabaseFactory
{
    public static ILiteDatabase Open(IOptions<StorageOptions> options)
    {
        var path = Path.GetFullPath(options.Value.DatabasePath);
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
    }
}
