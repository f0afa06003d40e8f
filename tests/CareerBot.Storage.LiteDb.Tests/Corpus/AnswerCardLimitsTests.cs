using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Core.Texts;
using CareerBot.Storage.LiteDb.Occupations;
using Xunit.Abstractions;

namespace CareerBot.Storage.LiteDb.Tests.Corpus;

/// <summary>
/// The answer on the real seeds, for every occupation in both languages: the card fits 700 characters (with a target job
/// too), comes with its picture and a More button, and nothing More or a story says is longer than 1,000 characters.
/// </summary>
public sealed class AnswerCardLimitsTests(RealDialogueFixture dialogue, ITestOutputHelper output) : IClassFixture<RealDialogueFixture>
{
    private const int CardLimit = 700;
    private const int ReplyLimit = 1000;
    private const string Risk = "risk:";
    private const string More = "more:";
    private const string TargetJob = "tgt:";
    private const string StoryYes = "story:yes";
    private static readonly DateTimeOffset Now = EngineTurns.Now;

    public static TheoryData<string> Languages => ["en", "nl"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Risk_EveryOccupation_CardFitsAndMoreFits(string locale)
    {
        var failures = new List<string>();
        var (longestCard, longestMore) = (0, 0);
        foreach (var occupation in Occupations)
        {
            var card = Press(locale, AfterInterview(locale), Risk + occupation.Soc)[0];
            Check(failures, occupation.Soc + " card", card.Text, CardLimit);
            longestCard = Math.Max(longestCard, card.Text.Length);
            if (card.Picture is null || !card.Choices.Any(c => c.Payload == More + occupation.Soc))
            {
                failures.Add($"{occupation.Soc} card: no picture or no More button");
            }

            foreach (var reply in Press(locale, AfterInterview(locale), More + occupation.Soc))
            {
                Check(failures, occupation.Soc + " more", reply.Text, ReplyLimit);
                longestMore = Math.Max(longestMore, reply.Text.Length);
            }
        }

        output.WriteLine($"{locale}: longest /risk card {longestCard}, longest More reply {longestMore} characters, over {Occupations.Count} occupations");
        Assert.True(Occupations.Count > 800, "the real catalogue was not loaded");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Card_EveryOccupationOutsideAConversation_FitsWithPictureAndNoButtons(string locale)
    {
        var failures = new List<string>();
        var longest = 0;
        foreach (var occupation in Occupations)
        {
            var card = dialogue.Lookup.Card(occupation.Soc, LanguageCodes.FromLocale(locale));
            if (card is null || card.Picture is null || card.Choices.Count > 0 || !card.Text.Contains("2013", StringComparison.Ordinal))
            {
                failures.Add($"{occupation.Soc}: no card, no picture, buttons, or no source year");
                continue;
            }

            Check(failures, occupation.Soc + " card", card.Text, CardLimit);
            longest = Math.Max(longest, card.Text.Length);
        }

        output.WriteLine($"{locale}: longest card outside a conversation {longest} characters");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        Assert.Null(dialogue.Lookup.Card("99-9999", Language.English));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Interview_EveryOccupationWithLongTargets_CardFitsAndMoreFits(string locale)
    {
        // The longest titles as targets make the longest cards.
        var targets = Occupations.OrderByDescending(o => o.Title.Length).Take(2).Select(o => o.Soc).Append("47-2111").ToList();
        var failures = new List<string>();
        var longest = 0;
        foreach (var occupation in Occupations)
        {
            foreach (var target in targets.Where(t => t != occupation.Soc))
            {
                var before = AfterInterview(locale) with
                {
                    Step = DialogueStep.ConfirmTargetJob,
                    CurrentSoc = occupation.Soc,
                    Goal = CareerGoal.Retrain,
                    StoriesTold = [],
                    Candidates = [target],
                    CandidateIscos = [string.Empty],
                };
                var replies = Press(locale, before, TargetJob + target);
                var card = replies.FirstOrDefault(r => r.Picture is not null);
                if (card is null)
                {
                    failures.Add($"{occupation.Soc}>{target}: no card with a picture");
                    continue;
                }

                Check(failures, $"{occupation.Soc}>{target} card", card.Text, CardLimit);
                longest = Math.Max(longest, card.Text.Length);
                foreach (var reply in Press(locale, before with { Step = DialogueStep.Stories, TargetSoc = target, Candidates = [] }, More + occupation.Soc + ">" + target))
                {
                    Check(failures, $"{occupation.Soc}>{target} more", reply.Text, ReplyLimit);
                }
            }
        }

        output.WriteLine($"{locale}: longest interview card with a target {longest} characters");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Stories_EveryStoryAndPassageWithItsReason_FitsAThousand(string locale)
    {
        var failures = new List<string>();
        var told = 0;
        foreach (var soc in new[] { "27-3043", "27-3041", "19-5011", "23-1011", "15-1232", "13-1161", "29-1141", "15-1252" })
        {
            var conversation = AfterInterview(locale) with { Step = DialogueStep.Stories, CurrentSoc = soc, StoriesTold = [], WorryLevel = 5 };
            for (var i = 0; i < 9; i++)
            {
                var turn = dialogue.Engine.Handle(conversation, Message(locale, StoryYes), Now);
                conversation = turn.Conversation! with { Step = DialogueStep.Stories };
                foreach (var reply in turn.Replies)
                {
                    Check(failures, $"{soc} story {i}", reply.Text, ReplyLimit);
                    told++;
                }
            }
        }

        Assert.True(told > 50);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private IReadOnlyList<CareerBot.Core.Occupations.Occupation> Occupations => ((InMemoryOccupationCatalog)dialogue.Catalog).Occupations;

    private IReadOnlyList<OutgoingMessage> Press(string locale, Conversation before, string payload) =>
        dialogue.Engine.Handle(before, Message(locale, payload), Now).Replies;

    private static void Check(List<string> failures, string what, string text, int limit)
    {
        if (text.Length > limit)
        {
            failures.Add($"{what}: {text.Length} characters\n{text}");
        }
    }

    private static Conversation AfterInterview(string locale) => EngineTurns.AfterInterview(locale, "limits");

    private static IncomingMessage Message(string locale, string payload) => EngineTurns.Press(locale, "limits", payload);
}
