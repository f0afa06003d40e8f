using CareerBot.Storage.LiteDb;
using CareerBot.Verbs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerBot.Tests.Verbs;

/// <summary>Builds a host composed as Program.cs composes it, with configuration overrides (database path, seeds path).</summary>
internal static class VerbHost
{
    public static IHost Build(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLiteDbStorage();
        builder.Services.AddSingleton<IVerb, RiskVerb>();
        return builder.Build();
    }

    public static RiskVerb RiskVerb(this IHost host) => host.Services.GetServices<IVerb>().OfType<RiskVerb>().Single();
}
