using System.ComponentModel.DataAnnotations;

namespace CareerBot.Storage.LiteDb;

/// <summary>Where the LiteDB file and the seed files live.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>LiteDB file; relative paths are resolved against the current directory.</summary>
    [Required]
    public string DatabasePath { get; set; } = "data/careerbot.db";

    /// <summary>Folder holding the seed CSV files and stories; relative paths resolve against the app's base directory.</summary>
    [Required]
    public string SeedsPath { get; set; } = "seeds";
}
