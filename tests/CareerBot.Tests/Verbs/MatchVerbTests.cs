using CareerBot.Verbs;

namespace CareerBot.Tests.Verbs;

public sealed class MatchVerbTests
{
    private readonly FakeTitleMatcher _matcher = new(new Dictionary<string, string[]>
    {
        ["writer"] = ["27-3043", "27-3041", "27-3042", "27-3031"],
        ["electrician"] = ["47-2111"],
    });

    [Fact]
    public async Task RunAsync_Lines_EchoesEachWithTabSeparatedSocsInInputOrder()
    {
        var (exitCode, output, error) = await RunAsync("writer\nasdfgh\n\nelectrician\n");

        Assert.Equal(0, exitCode);
        Assert.Equal("writer\t27-3043\t27-3041\t27-3042\nasdfgh\n\nelectrician\t47-2111\n", output);
        Assert.Empty(error);
    }

    [Fact]
    public async Task RunAsync_Top_LimitsTheCodesPerLine()
    {
        var (exitCode, output, _) = await RunAsync("writer\n", "--top", "1");

        Assert.Equal(0, exitCode);
        Assert.Equal("writer\t27-3043\n", output);
        Assert.Equal(1, _matcher.LastMaxResults);
    }

    [Fact]
    public async Task RunAsync_TopWithEqualsAndDb_AreAccepted()
    {
        var (exitCode, output, _) = await RunAsync("writer\n", "--db", "some.db", "--top=4");

        Assert.Equal(0, exitCode);
        Assert.Equal("writer\t27-3043\t27-3041\t27-3042\t27-3031\n", output);
    }

    [Fact]
    public async Task RunAsync_NoTop_AsksForThree()
    {
        await RunAsync("writer\n");

        Assert.Equal(MatchOptions.DefaultTop, _matcher.LastMaxResults);
    }

    [Theory]
    [InlineData("--top", "zero")]
    [InlineData("--top", "0")]
    [InlineData("--bogus", "1")]
    public async Task RunAsync_BadOption_ExitsTwoWithMessageOnStderrOnly(string option, string value)
    {
        var (exitCode, output, error) = await RunAsync("writer\n", option, value);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.NotEmpty(error);
    }

    [Fact]
    public async Task RunAsync_NoInput_WritesNothing()
    {
        var (exitCode, output, _) = await RunAsync(string.Empty);

        Assert.Equal(0, exitCode);
        Assert.Empty(output);
    }

    [Fact]
    public async Task RunAsync_CarriageReturnLineEnds_AreNotEchoed()
    {
        var (_, output, _) = await RunAsync("electrician\r\nwriter\r\n", "--top", "1");

        Assert.Equal("electrician\t47-2111\nwriter\t27-3043\n", output);
    }

    [Fact]
    public async Task RunAsync_MatcherThrowsOnOneLine_AnswersNoMatchAndGoesOn()
    {
        using var reader = new StringReader("boom\nelectrician\n");
        await using var output = new StringWriter { NewLine = "\n" };
        await using var error = new StringWriter();

        var exitCode = await MatchVerb.RunAsync(() => new ThrowingTitleMatcher(_matcher), reader, output, error, new MatchOptions(MatchOptions.DefaultTop), CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.Equal("boom\nelectrician\t47-2111\n", output.ToString());
        Assert.Contains("InvalidOperationException", error.ToString(), StringComparison.Ordinal);
    }

    // The switches go through the real command line, as `CareerBot match …` parses them.
    private async Task<(int ExitCode, string Output, string Error)> RunAsync(string input, params string[] options)
    {
        var request = CommandLine.Parse(["match", .. options]);
        if (request.Errors.Count > 0)
        {
            return (CommandLine.UsageError, string.Empty, string.Join('\n', request.Errors));
        }

        using var reader = new StringReader(input);
        await using var output = new StringWriter { NewLine = "\n" };
        await using var error = new StringWriter();

        var exitCode = await MatchVerb.RunAsync(() => _matcher, reader, output, error, MatchOptions.From(request.Parse), CancellationToken.None);

        return (exitCode, output.ToString(), error.ToString());
    }
}
