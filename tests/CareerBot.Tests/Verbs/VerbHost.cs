using CareerBot.Verbs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerBot.Tests.Verbs;

/// <summary>Builds the real host composition, with configuration overrides (database path, seeds path).</summary>
internal static class VerbHost
{
    public static IHost Build(IReadOnlyDictionary<string, string?> settings) =>
        CareerBotHost.Build([.. settings.Select(setting => $"--{setting.Key}={setting.Value}")]);

    public static RiskVerb RiskVerb(this IHost host) => host.Services.GetServices<IVerb>().OfType<RiskVerb>().Single();
}
