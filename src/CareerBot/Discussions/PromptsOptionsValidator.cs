using CareerBot.Core.Discussions;
using Microsoft.Extensions.Options;

namespace CareerBot.Discussions;

/// <summary>Checks at start that the prompt files load (unique ids, every translation) and the default zone exists.</summary>
internal sealed class PromptsOptionsValidator : IValidateOptions<PromptsOptions>
{
    public ValidateOptionsResult Validate(string? name, PromptsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (TimeZones.Find(options.DefaultTimeZone) is null)
        {
            failures.Add($"Prompts:DefaultTimeZone '{options.DefaultTimeZone}' is not a known IANA time zone.");
        }

        try
        {
            PromptFiles.Load(options.Path);
        }
        catch (PromptCatalogException ex)
        {
            failures.Add(ex.Message);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
