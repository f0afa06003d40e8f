using CareerBot.Verbs;
using Microsoft.Extensions.Hosting;

namespace CareerBot.Tests.Verbs;

/// <summary>One host with the real seeds (copied to the test output) and a temporary database, shared by a test class.</summary>
public sealed class RiskVerbFixture : IDisposable
{
    private readonly IHost _host;

    public RiskVerbFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "careerbot-risk-" + Guid.NewGuid().ToString("N"));
        _host = VerbHost.Build(new Dictionary<string, string?> { ["Storage:DatabasePath"] = Path.Combine(Folder, "careerbot.db") });
    }

    public string Folder { get; }

    internal RiskVerb Verb => _host.RiskVerb();

    public void Dispose()
    {
        _host.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
