using System.Text.Json;
using CareerBot.Verbs;

namespace CareerBot.Tests.Verbs;

public sealed class RiskVerbTests(RiskVerbFixture fixture) : IClassFixture<RiskVerbFixture>
{
    [Fact]
    public async Task RunAsync_KnownCode_PrintsTheContractLine()
    {
        var (exitCode, lines, errors) = await RunAsync(["27-3043"]);

        Assert.Equal(0, exitCode);
        Assert.Equal(
            ["""{"soc":"27-3043","title":"Writers and Authors","automationProbability":0.038,"genAiExposure":0.865,"sources":["Frey & Osborne 2013","Eloundou et al. 2024"]}"""],
            lines);
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("41-9041", 0.99)]
    [InlineData("23-1011", 0.035)]
    [InlineData("51-3011", 0.89)]
    [InlineData("47-2111", 0.15)]
    [InlineData("29-1125", 0.0028)]
    [InlineData("13-2011", 0.94)]
    public async Task RunAsync_PinnedCode_PrintsPublishedProbability(string soc, double probability)
    {
        var (_, lines, _) = await RunAsync([soc]);

        using var json = JsonDocument.Parse(Assert.Single(lines));
        Assert.Equal(soc, json.RootElement.GetProperty("soc").GetString());
        Assert.Equal(probability, json.RootElement.GetProperty("automationProbability").GetDouble());
    }

    [Fact]
    public async Task RunAsync_NoFreyOsborneValue_PrintsNullAndOnlyTheOtherSource()
    {
        var (_, lines, _) = await RunAsync(["11-1031"]);

        using var json = JsonDocument.Parse(Assert.Single(lines));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("automationProbability").ValueKind);
        Assert.Equal(0.4, json.RootElement.GetProperty("genAiExposure").GetDouble());
        Assert.Equal(["Eloundou et al. 2024"], json.RootElement.GetProperty("sources").EnumerateArray().Select(x => x.GetString()));
    }

    [Fact]
    public async Task RunAsync_UnknownCodeBetweenGoodOnes_PrintsErrorAndGoesOn()
    {
        var (exitCode, lines, _) = await RunAsync(["27-3043", "99-9999", "51-3011"]);

        Assert.Equal(0, exitCode);
        Assert.Equal(3, lines.Count);
        Assert.Equal("""{"soc":"99-9999","error":"unknown SOC 2018 occupation"}""", lines[1]);
        Assert.Contains("\"Bakers\"", lines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("27-3043.00")]
    [InlineData("273043")]
    [InlineData("27-30431")]
    [InlineData("-5")]
    [InlineData("\"}{<script>&")]
    [InlineData("💼 27-3043")]
    [InlineData("２７-３０４３")]
    public async Task RunAsync_MalformedCode_PrintsValidJsonErrorEchoingIt(string code)
    {
        var (exitCode, lines, _) = await RunAsync([code]);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(Assert.Single(lines));
        Assert.Equal(code, json.RootElement.GetProperty("soc").GetString());
        Assert.StartsWith("malformed", json.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoCodes_ReadsStdinSkippingBlankLinesInOrder()
    {
        var (exitCode, lines, _) = await RunAsync([], "\uFEFF51-3011\r\n\r\n   \n 27-3043 \nnope\n23-1011");

        Assert.Equal(0, exitCode);
        Assert.Equal(4, lines.Count);
        Assert.StartsWith("""{"soc":"51-3011","title":"Bakers",""", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("""{"soc":"27-3043",""", lines[1], StringComparison.Ordinal);
        Assert.Equal("""{"soc":"nope","error":"malformed SOC 2018 code: expected NN-NNNN, e.g. 27-3043"}""", lines[2]);
        Assert.StartsWith("""{"soc":"23-1011",""", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_HugeOrBinaryInput_PrintsShortErrorLines()
    {
        var huge = new string('x', 10_000);

        var (exitCode, lines, _) = await RunAsync([], huge + "\n\u0000\u0001\u00ff\n");

        Assert.Equal(0, exitCode);
        Assert.Equal(2, lines.Count);
        Assert.All(lines, line => Assert.True(line.Length < 250, line));
        Assert.All(lines, line => JsonDocument.Parse(line).Dispose());
    }

    [Fact]
    public async Task RunAsync_ConfigurationSwitches_AreNotTakenForCodes()
    {
        var codes = RiskOptions.From(CommandLine.Parse(["risk", "--db", "other.db", "27-3043", "--Logging:LogLevel:Default=None"]).Parse).Codes;

        var (_, lines, _) = await RunAsync([.. codes]);

        Assert.StartsWith("""{"soc":"27-3043",""", Assert.Single(lines), StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, List<string> Lines, string Errors)> RunAsync(string[] options, string input = "")
    {
        using var reader = new StringReader(input);
        await using var output = new StringWriter();
        await using var error = new StringWriter();

        var exitCode = await fixture.Verb.RunAsync(options, reader, output, error, CancellationToken.None);

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).ToList();
        return (exitCode, lines, error.ToString());
    }
}
