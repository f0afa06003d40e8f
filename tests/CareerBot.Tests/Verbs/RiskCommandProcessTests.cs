using System.Text.Json;

namespace CareerBot.Tests.Verbs;

/// <summary>The command-line contract end to end: `CareerBot risk [--db PATH] [SOC ...]` as a separate process.</summary>
public sealed class RiskCommandProcessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("careerbot-risk-process-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Risk_CodesAsArgumentsWithDb_PrintsOnlyJsonLinesAndUsesThatDatabase()
    {
        var database = Path.Combine(_folder, "given", "risk.db");

        var (exitCode, output, error) = await HostProcess.RunAsync(_folder, "", "risk", "--db", database, "27-3043", "00-0000", "x");

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal(
            """{"soc":"27-3043","title":"Writers and Authors","automationProbability":0.038,"genAiExposure":0.865,"sources":["Frey & Osborne 2013","Eloundou et al. 2024"]}""",
            lines[0].TrimEnd('\r'));
        Assert.All(lines, line => JsonDocument.Parse(line).Dispose());
        Assert.True(File.Exists(database));
        Assert.False(Directory.Exists(Path.Combine(_folder, "data")));
        Assert.Contains("Imported occupation data", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Risk_CodesOnStdin_PrintsOneLinePerCodeInOrder()
    {
        var database = Path.Combine(_folder, "stdin.db");

        var (exitCode, output, _) = await HostProcess.RunAsync(_folder, "41-9041\nnot a code\n29-1125\n", "risk", $"--db={database}");

        Assert.Equal(0, exitCode);
        var socs = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("soc").GetString());
        Assert.Equal(["41-9041", "not a code", "29-1125"], socs);
    }
}
