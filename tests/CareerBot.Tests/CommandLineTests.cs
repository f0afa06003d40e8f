using CareerBot.ConsoleChat;
using CareerBot.Verbs;

namespace CareerBot.Tests;

/// <summary>The command-line contract scripts depend on: verbs and switches as before, --help, --version, usage errors, configuration.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task RunAsync_Help_ExitsZeroAndNamesEveryVerb(string help)
    {
        var (exitCode, output, error) = await RunAsync(help);

        Assert.Equal(0, exitCode);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.All(["chat", "match", "risk", "--db", "--Section:Key=VALUE"], word => Assert.Contains(word, output, StringComparison.Ordinal));
        Assert.Empty(error);
    }

    [Theory]
    [InlineData("chat", "--user")]
    [InlineData("match", "--top")]
    [InlineData("risk", "<SOC>")]
    public async Task RunAsync_VerbHelp_ExitsZeroAndNamesItsSwitches(string verb, string expected)
    {
        var (exitCode, output, _) = await RunAsync(verb, "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Contains("--db", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Version_ExitsZeroWithTheVersion()
    {
        var (exitCode, output, _) = await RunAsync("--version");

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }

    [Fact]
    public async Task RunAsync_UnknownVerb_ExitsTwoAndNamesTheVerbs()
    {
        var (exitCode, output, error) = await RunAsync("serve");

        Assert.Equal(CommandLine.UsageError, exitCode);
        Assert.Empty(output);
        Assert.Contains("Unknown command 'serve'. Use: chat, match, risk", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--no-such-switch")]
    [InlineData("--db", "x.db", "--verbose")]
    [InlineData("chat", "--bogus")]
    [InlineData("match", "--bogus", "1")]
    [InlineData("risk", "--bogus", "27-3043")]
    public async Task RunAsync_UnknownSwitch_ExitsTwoAndSaysWhich(params string[] args)
    {
        var (exitCode, output, error) = await RunAsync(args);

        Assert.Equal(CommandLine.UsageError, exitCode);
        Assert.Empty(output);
        Assert.Contains("Unrecognized command or argument '--", error, StringComparison.Ordinal);
        Assert.Contains("--help", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ConfigurationKeyWithoutValue_ExitsTwo()
    {
        var (exitCode, _, error) = await RunAsync("chat", "--Storage:DatabasePath");

        Assert.Equal(CommandLine.UsageError, exitCode);
        Assert.Contains("'--Storage:DatabasePath' needs a value", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BareRunWithConfiguration_PassesItToTheHost()
    {
        var sut = CommandLine.Parse(["--Storage:DatabasePath=/tmp/a.db", "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default", "Warning"]);

        Assert.Empty(sut.Errors);
        Assert.Null(sut.Verb);
        Assert.Equal(["--Storage:DatabasePath=/tmp/a.db", "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"], sut.Configuration);
    }

    [Fact]
    public void Parse_ChatSwitchesAndConfiguration_AsScriptsPassThem()
    {
        var sut = CommandLine.Parse(["chat", "--user", "ann", "--Pictures:Enabled=false", "--db", "x.db", "--lang", "nl", "--moderator"]);

        Assert.Empty(sut.Errors);
        Assert.Equal("chat", sut.Verb);
        Assert.Equal(new ChatOptions("ann", "nl", Moderator: true), ChatOptions.From(sut.Parse));
        Assert.Equal(["--Pictures:Enabled=false", "--Storage:DatabasePath=x.db"], sut.Configuration);
    }

    [Fact]
    public void Parse_UserStartingWithAt_IsAUserIdNotAResponseFile()
    {
        var sut = CommandLine.Parse(["chat", "--user", "@alice"]);

        Assert.Empty(sut.Errors);
        Assert.Equal("@alice", ChatOptions.From(sut.Parse).UserId);
    }

    [Fact]
    public void Parse_ChatWithoutSwitches_TakesTheDefaults()
    {
        var sut = CommandLine.Parse(["chat"]);

        Assert.Equal(new ChatOptions(ChatOptions.DefaultUser, null, Moderator: false), ChatOptions.From(sut.Parse));
        Assert.Empty(sut.Configuration);
    }

    [Theory]
    [InlineData(3, "match")]
    [InlineData(5, "match", "--top", "5")]
    [InlineData(4, "match", "--top=4", "--db", "some.db")]
    public void Parse_MatchTop_AsBefore(int expected, params string[] args)
    {
        var sut = CommandLine.Parse(args);

        Assert.Empty(sut.Errors);
        Assert.Equal(expected, MatchOptions.From(sut.Parse).Top);
    }

    [Fact]
    public void Parse_RiskCodesBetweenConfiguration_AreTheCodesOnly()
    {
        var sut = CommandLine.Parse(["risk", "--db", "other.db", "27-3043", "--Logging:LogLevel:Default=None", "51-3011", "--urls", "http://x"]);

        Assert.Empty(sut.Errors);
        Assert.Equal(["27-3043", "51-3011"], RiskOptions.From(sut.Parse).Codes);
        Assert.Equal(["--Logging:LogLevel:Default=None", "--urls=http://x", "--Storage:DatabasePath=other.db"], sut.Configuration);
    }

    [Fact]
    public void Parse_DbAndDatabasePath_DbWins()
    {
        var sut = CommandLine.Parse(["--db", "a.db", "--Storage:DatabasePath=b.db"]);

        Assert.Equal("--Storage:DatabasePath=a.db", sut.Configuration[^1]);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        await using var output = new StringWriter();
        await using var error = new StringWriter();

        var exitCode = await CommandLine.RunAsync(args, output, error);

        return (exitCode, output.ToString(), error.ToString());
    }
}
