using CareerBot.Core.Discussions;

namespace CareerBot.Discussions;

/// <summary>Loads every <c>*.md</c> prompt file from the prompts folder into a validated catalog.</summary>
internal static class PromptFiles
{
    public static PromptCatalog Load(string folder)
    {
        var full = System.IO.Path.IsPathRooted(folder) ? folder : System.IO.Path.Combine(AppContext.BaseDirectory, folder);
        if (!Directory.Exists(full))
        {
            throw new PromptCatalogException([$"the prompts folder '{full}' does not exist (Prompts:Path)"]);
        }

        var sources = Directory.EnumerateFiles(full, "*.md", SearchOption.TopDirectoryOnly)
            .Where(file => !System.IO.Path.GetFileName(file).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Select(file => new PromptSource(System.IO.Path.GetFileName(file), File.ReadAllText(file)));
        return PromptCatalog.Load(sources);
    }
}
