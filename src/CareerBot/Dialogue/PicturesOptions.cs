namespace CareerBot.Dialogue;

/// <summary>Configuration section "Pictures": the risk card picture sent with an answer card.</summary>
internal sealed class PicturesOptions
{
    public const string SectionName = "Pictures";

    /// <summary>False: answers go as text alone and no adapter draws a picture (not even for replies stored before).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Where the console chat saves the pictures it shows (as a file path); empty = a "pictures" folder beside the
    /// database (data/pictures by default). A relative path is taken from the current directory, as the database's is.
    /// </summary>
    public string Directory { get; set; } = "";
}
