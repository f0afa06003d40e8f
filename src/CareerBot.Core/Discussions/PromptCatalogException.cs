namespace CareerBot.Core.Discussions;

/// <summary>The prompt files are broken; the message lists every problem found.</summary>
public sealed class PromptCatalogException : Exception
{
    public PromptCatalogException(IReadOnlyList<string> problems)
        : base("The discussion prompts in prompts/ are invalid:\n  - " + string.Join("\n  - ", problems ?? []))
    {
        Problems = problems ?? [];
    }

    public PromptCatalogException()
    {
        Problems = [];
    }

    public PromptCatalogException(string message)
        : base(message)
    {
        Problems = [message];
    }

    public PromptCatalogException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public IReadOnlyList<string> Problems { get; }
}
