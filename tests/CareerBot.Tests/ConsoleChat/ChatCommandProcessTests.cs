using CareerBot.Tests.Verbs;

namespace CareerBot.Tests.ConsoleChat;

/// <summary>`CareerBot chat --db PATH` as a separate process, as a person starts it: the first start builds the title index, the next loads it.</summary>
public sealed class ChatCommandProcessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("careerbot-chat-process-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Chat_SecondStartOnTheSameDatabase_LoadsTheSavedIndexAndAnswersAlike()
    {
        var database = Path.Combine(_folder, "careerbot.db");

        var first = await HostProcess.RunAsync(_folder, "I'm a nurse\n", "chat", "--db", database, "--user", "first");
        var second = await HostProcess.RunAsync(_folder, "I'm a nurse\n", "chat", "--db", database, "--user", "second");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Contains("Registered Nurses", first.Output, StringComparison.Ordinal);
        Assert.Equal(first.Output, second.Output);
        Assert.True(File.Exists(Path.Combine(_folder, "careerbot-titles.idx")));
        Assert.Contains("Title index built from the seed files", first.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Title index", second.Error, StringComparison.Ordinal);
    }
}
