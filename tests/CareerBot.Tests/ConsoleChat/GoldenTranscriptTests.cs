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
            // The article's Jacqueline: the job in a whole sentence, the note kept, retraining as a therapist.
            "en-copywriter-to-therapist", null,
            ["hi", "I'm a freelance copywriter and I lost two clients to ChatGPT", "yes", "4", "Keep my words", "Clients say ChatGPT writes their blogs now.", "Retrain into another job", "relationship therapist", "1", "More about my figures", "1", "1", "baker", "1"]
        },
        {
            "nl-academic-editor-to-baker", "nl",
            ["hoi", "ja", "academisch redacteur", "1", "3", "Overslaan", "Omscholen naar ander werk", "bakker", "1", "Meer over mijn cijfers", "Ja, vertel", "2"]
        },
        {
            "en-helpdesk-not-sure", "en-GB",
            ["hello", "yes", "I work on a university help desk", "1", "5", "2", "not sure", "1", "/sources", "/forget", "1"]
        },
        {
            // Fear: one kind sentence, and the job from the same message is kept; goal and target in one answer; "yes" confirms.
            "en-warehouse-picker-fear", null,
            ["hi", "kind of panicking tbh. well I was a warehouse picker until they brought in robots", "1", "Skip", "I'd like to retrain as an electrician", "yes", "1", "no thanks"]
        },
        {
            "nl-boekhouder-angst", "nl",
            ["hoi", "ik werk al 15 jaar als boekhouder bij een klein bedrijf en ik ben doodsbang", "ja", "Overslaan", "omscholen, ik wil elektricien worden", "ja", "1", "nee"]
        },
        {
            // Crisis said indirectly: help lines first, warm follow-ups, back to the questions only when the person asks.
            "en-helpdesk-crisis", null,
            ["hi", "1", "I worked on a helpdesk until they put in an AI kiosk. some nights I think about hurting myself", "I don't really want to call anyone. what's the point", "thanks. can we go back to the questions?", "helpdesk"]
        },
        {
            "nl-crisis-zie-het-niet-meer-zitten", "nl",
            ["hoi", "ik ben vertaler en eerlijk gezegd zie ik het niet meer zitten", "ik wil niemand bellen", "oké. kunnen we verder met de vragen?"]
        },
        {
            // Hard negatives: figures of speech and a job that deals with death are ordinary talk.
            "en-wedding-photographer-hard-negative", null,
            ["hi", "I shoot weddings for a living and my deadline is killing me", "1", "2", "Skip", "stay and adapt", "next steps"]
        },
        {
            "nl-uitvaartbegeleider-hard-negative", "nl",
            ["hoi", "ik ben uitvaartbegeleider en ik lach me dood om die AI-teksten", "1", "1", "Overslaan", "blijven en bijleren", "volgende stappen"]
        },
        {
            // Not in paid work: no made-up job; asked what she did before; an insult is not said back.
            "en-stay-at-home-mum", "en-GB",
            ["hi", "stay at home mum", "before the kids I was a paralegal", "1", "3", "Skip", "no idea", "Skip to next steps", "1", "cabin crew", "1"]
        },
        {
            // A law student like Paola: the field of study, asked as such.
            "nl-rechtenstudent", "nl",
            ["hoi", "ik studeer rechten en twijfel of ik moet stoppen", "ja", "4", "Overslaan", "geen idee", "Ja, vertel", "4"]
        },
        {
            // /risk asks instead of asserting when unsure; "stupid bot" is never said back; a number picks after the list.
            "en-risk-and-rudeness", null,
            ["hi", "/risk vrachtwagen", "1", "this is a stupid bot", "/risk bin man", "1"]
        },
        {
            // The personas of issue 14: the card, More, and the story chosen with its reason, in both languages.
            "nl-tekstschrijver-naar-therapeut", "nl",
            ["hoi", "ik ben freelance tekstschrijver en ik verlies klanten aan ChatGPT", "ja", "4", "Overslaan", "ik wil me omscholen tot relatietherapeut", "1", "Meer over mijn cijfers", "Ja, vertel"]
        },
        {
            "en-academic-editor-to-baker", null,
            ["hi", "I'm an academic editor", "1", "3", "Skip", "I want to retrain as a baker", "1", "More about my figures", "Yes, tell me"]
        },
        {
            "en-receptionist-kiosk", null,
            ["hi", "I was a hotel receptionist until they put in a self check-in kiosk", "2", "4", "Skip", "not sure", "More about my figures", "Yes, tell me"]
        },
        {
            "nl-receptioniste-kiosk", "nl",
            ["hoi", "ik was receptioniste in een hotel tot ze een incheckzuil neerzetten", "1", "4", "Overslaan", "weet ik niet", "Meer over mijn cijfers", "Ja, vertel"]
        },
        {
            "en-law-student", null,
            ["hi", "I'm a law student and wondering if I should quit", "yes", "4", "Skip", "no idea", "More about my figures", "Yes, tell me", "More stories"]
        },
        {
            "en-safety-officer-to-electrician-pay", null,
            ["hi", "I'm a health and safety officer", "1", "3", "Keep my words", "I worry about the pay cut if I switch", "I want to retrain as an electrician", "1", "More about my figures", "Yes, tell me"]
        },
        {
            "nl-arbo-naar-elektricien-loon", "nl",
            ["hoi", "ik ben arbo-coördinator", "1", "3", "Bewaar mijn woorden", "ik ben bang dat ik veel minder ga verdienen", "ik wil me omscholen tot elektricien", "1", "Meer over mijn cijfers", "Ja, vertel"]
        },
        {
            "en-developer-very-worried", null,
            ["hi", "I'm a software developer and honestly terrified AI will replace me", "1", "Skip", "stay and adapt", "More about my figures", "Yes, tell me"]
        },
        {
            "nl-ontwikkelaar-erg-bezorgd", "nl",
            ["hoi", "ik ben softwareontwikkelaar en ik ben doodsbang dat AI mijn werk overneemt", "ja", "Overslaan", "blijven en bijleren", "Meer over mijn cijfers", "Ja, vertel"]
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
