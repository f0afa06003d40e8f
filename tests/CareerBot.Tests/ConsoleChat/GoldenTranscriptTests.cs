using System.Runtime.CompilerServices;

namespace CareerBot.Tests.ConsoleChat;

/// <summary>
/// Whole interviews in English and Dutch through the real host, compared with reviewed transcripts in Golden/.
/// After an intended change, regenerate with CAREERBOT_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public class GoldenTranscriptTests
{
    public static TheoryData<string, string?, string[]> Interviews() => new()
    {
        {
            "en-copywriter-to-therapist", null,
            ["hi", "1", "I'm a freelance copywriter", "1", "4", "Keep my words", "Clients say ChatGPT writes their blogs now.", "Retrain into another job", "relationship therapist", "1", "1", "1"]
        },
        {
            "nl-academic-editor-to-baker", "nl",
            ["hoi", "ja", "academisch redacteur", "1", "3", "Overslaan", "Omscholen naar ander werk", "bakker", "1", "Ja, vertel", "2"]
        },
        {
            "en-helpdesk-not-sure", "en-GB",
            ["hello", "yes", "I work on a university help desk", "1", "5", "2", "not sure", "1", "/sources", "/forget", "1"]
        },
    };

    [Theory]
    [MemberData(nameof(Interviews))]
    public async Task Chat_WholeInterview_MatchesTheReviewedTranscript(string name, string? locale, string[] lines)
    {
        using var sut = new ChatTranscript();

        var transcript = await sut.RunAsync(lines, locale: locale);

        var golden = GoldenPath(name);
        if (Environment.GetEnvironmentVariable("CAREERBOT_UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(golden, transcript);
        }

        Assert.True(File.Exists(golden), $"Missing golden transcript {golden}; run with CAREERBOT_UPDATE_GOLDEN=1 and review it.");
        Assert.Equal(await File.ReadAllTextAsync(golden), transcript);
    }

    [Fact]
    public async Task Chat_SecondRunWithSameUserAndDatabase_ContinuesWhereTheFirstStopped()
    {
        using var sut = new ChatTranscript();
        await sut.RunAsync(["hi", "1", "baker", "1"], user: "again");
        sut.Restart();

        var transcript = await sut.RunAsync(["4"], user: "again");

        Assert.Contains("worries you most", transcript, StringComparison.Ordinal);
    }

    private static string GoldenPath(string name, [CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "Golden", name + ".txt");
}
