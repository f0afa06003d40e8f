using System.Text;

namespace CareerBot.Tests.ConsoleChat;

/// <summary>/forget through the whole stack: after the deletion, neither the database file nor its log holds the person.</summary>
public class ForgetLeavesNoTraceTests
{
    private const string User = "forgetme-7781234";
    private const string Note = "Zorgen-over-mijn-klanten-QX81 and their chatbot";

    [Fact]
    public async Task Chat_ForgetConfirmed_LeavesNoIdOrAnswerInTheDatabaseFiles()
    {
        using var sut = new ChatTranscript();
        await sut.RunAsync(["hi", "1", "copywriter", "1", "4", "Keep my words", Note, "/help"], user: User);
        await sut.RunAsync(["hello"], user: "someone-else-5521");
        Assert.True(FilesContain(sut.DatabasePath, User), "the scan must find the person before /forget");

        var transcript = await sut.RunAsync(["/forget", "1"], user: User);
        sut.Restart();

        Assert.Contains("deleted everything", transcript, StringComparison.Ordinal);
        Assert.False(FilesContain(sut.DatabasePath, User));
        Assert.False(FilesContain(sut.DatabasePath, Note));
        Assert.True(FilesContain(sut.DatabasePath, "someone-else-5521"), "other people's conversations stay");
    }

    private static bool FilesContain(string databasePath, string text)
    {
        foreach (var path in new[] { databasePath, Path.ChangeExtension(databasePath, null) + "-log.db" })
        {
            if (!File.Exists(path))
            {
                continue;
            }

            var bytes = ReadShared(path);
            if (bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0 || bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(text)) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
