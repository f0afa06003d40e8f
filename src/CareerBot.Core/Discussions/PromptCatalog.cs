namespace CareerBot.Core.Discussions;

/// <summary>The validated discussion prompts: unique ids, every language present. Build it with <see cref="Load"/>.</summary>
public sealed class PromptCatalog
{
    private readonly Dictionary<string, DiscussionPrompt> _byId;

    private PromptCatalog(IReadOnlyList<DiscussionPrompt> prompts)
    {
        All = prompts;
        _byId = prompts.ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<DiscussionPrompt> All { get; }

    public DiscussionPrompt? Find(string? id) => id is not null && _byId.TryGetValue(id, out var prompt) ? prompt : null;

    /// <summary>Parses and checks every file; throws <see cref="PromptCatalogException"/> listing all problems at once.</summary>
    public static PromptCatalog Load(IEnumerable<PromptSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var errors = new List<string>();
        var prompts = new List<DiscussionPrompt>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in sources.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            if (PromptFileParser.Parse(source, errors) is not { } prompt)
            {
                continue;
            }

            if (seen.TryGetValue(prompt.Id, out var first))
            {
                errors.Add($"{source.Name}: id '{prompt.Id}' is already used by {first}");
                continue;
            }

            seen[prompt.Id] = source.Name;
            prompts.Add(prompt);
        }

        if (prompts.Count == 0 && errors.Count == 0)
        {
            errors.Add("no prompt files found");
        }

        return errors.Count > 0 ? throw new PromptCatalogException(errors) : new PromptCatalog(prompts);
    }
}
