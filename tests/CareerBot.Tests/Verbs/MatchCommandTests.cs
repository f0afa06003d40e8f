using System.Diagnostics;

namespace CareerBot.Tests.Verbs;

/// <summary>The real host process: `CareerBot match` with real seeds, as scripts use it.</summary>
public sealed class MatchCommandTests
{
    [Fact]
    public async Task Match_RealHost_WritesOnlyOneLinePerInputLineAndExitsZero()
    {
        string[] lines = ["illustrator", "", "ik werk als hovenier", "asdfgh", "electrican", "Writers and Authors"];
        var database = Path.Combine(Path.GetTempPath(), $"careerbot-match-{Guid.NewGuid():N}.db");

        var (exitCode, output, _) = await RunHostAsync(string.Join('\n', lines) + "\n", "match", "--top", "2", "--db", database);

        var outputLines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(0, exitCode);
        Assert.Equal(lines.Length, outputLines.Length);
        Assert.StartsWith("illustrator\t27-1013", outputLines[0], StringComparison.Ordinal);
        Assert.Equal(string.Empty, outputLines[1]);
        Assert.StartsWith("ik werk als hovenier\t37-3011", outputLines[2], StringComparison.Ordinal);
        Assert.Equal("asdfgh", outputLines[3]);
        Assert.StartsWith("electrican\t47-2111", outputLines[4], StringComparison.Ordinal);
        Assert.StartsWith("Writers and Authors\t27-3043", outputLines[5], StringComparison.Ordinal);
        Assert.All(outputLines, line => Assert.True(line.Split('\t').Length <= 3, line));
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunHostAsync(string input, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CareerBot.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
