using CareerBot.Core.Conversations;
using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using CareerBot.Corpus;
using CareerBot.Storage.LiteDb.Conversations;
using CareerBot.Storage.LiteDb.Discussions;
using CareerBot.Storage.LiteDb.Tests.Conversations;

namespace CareerBot.Storage.LiteDb.Tests.Corpus;

/// <summary>
/// Every text and button case of the bad-input corpus through the real engine and TurnProcessor on a real LiteDB file,
/// from several dialogue states: no exception, a polite reply, and what was stored before still there afterwards.
/// </summary>
public sealed class BadInputTurnTests(RealDialogueFixture dialogue) : IClassFixture<RealDialogueFixture>
{
    public static TheoryData<string> States => [.. StartingState.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(States))]
    public async Task HandleAsync_EveryCorpusCase_PoliteReplyAndStoredDataIntact(string stateName)
    {
        var state = StartingState.All.Single(s => s.Name == stateName);
        var cases = BadInputCorpus.TextCases();
        using var database = new TestDatabase();
        var store = database.CreateStore();
        var sut = CreateSut(database, store);
        var bystander = Some.Conversation();
        await store.SaveTurnAsync(new StoredTurn(bystander.Key.Platform, "bystander", bystander, []), CancellationToken.None);
        var failures = new List<string>();

        for (var i = 0; i < cases.Count; i++)
        {
            foreach (var problem in await RunCaseAsync(sut, store, database, state, cases[i], i))
            {
                failures.Add($"{state.Name} {cases[i].Id}: {problem}");
            }
        }

        database.Reopen();
        var reopened = database.CreateStore();
        ConversationAssert.Equal(bystander, await reopened.FindAsync(bystander.Key, CancellationToken.None));
        for (var i = 0; i < cases.Count; i++)
        {
            var stored = await reopened.FindAsync(KeyOf(i), CancellationToken.None);
            var expected = state.Build(KeyOf(i), database.Time.GetUtcNow()) is not null || (state.IsDirect && !IsChannelCommand(cases[i]));
            if (stored is null && expected)
            {
                failures.Add($"{state.Name} {cases[i].Id}: conversation lost after reopening the file");
            }
        }

        Assert.True(cases.Count >= 200, $"only {cases.Count} text cases");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static async Task<IEnumerable<string>> RunCaseAsync(TurnProcessor sut, LiteDbConversationStore store, TestDatabase database, StartingState state, TextCase textCase, int index)
    {
        var key = KeyOf(index);
        var before = state.Build(key, database.Time.GetUtcNow());
        if (before is not null)
        {
            await store.SaveTurnAsync(new StoredTurn(key.Platform, $"seed-{index}", before, []), CancellationToken.None);
        }

        var message = new IncomingMessage
        {
            Key = key,
            MessageId = $"case-{index}",
            ReplyAddress = "tg|-100200|",
            IsDirect = state.IsDirect,
            Text = textCase.Text,
            ChoicePayload = textCase.Payload,
            Locale = "en",
            ChannelId = state.IsDirect ? null : "-100200",
        };

        IReadOnlyList<OutboxEntry> replies;
        try
        {
            replies = (await sut.HandleAsync(message, CancellationToken.None)).Replies;
        }
        catch (Exception ex)
        {
            return [$"{ex.GetType().Name}: {ex.Message}"];
        }

        var problems = ReplyChecks.Problems(replies).ToList();
        var after = await store.FindAsync(key, CancellationToken.None);
        // /weekly manages a channel's prompts and never touches the person's conversation.
        problems.AddRange(IsChannelCommand(textCase) ? Untouched(before, after) : Intact(before, after, state.IsDirect));
        return problems;
    }

    /// <summary>A bad input may move the interview on (or back), but never loses what the person already told.</summary>
    private static IEnumerable<string> Intact(Conversation? before, Conversation? after, bool isDirect)
    {
        if (after is null)
        {
            if (isDirect || before is not null)
            {
                yield return "conversation lost";
            }

            yield break;
        }

        if (before is null)
        {
            yield break;
        }

        if (after.Key != before.Key || after.StartedAt != before.StartedAt)
        {
            yield return "conversation replaced";
        }

        // An answer given before may not be erased or overwritten; a missing one may be filled (a keycap "1️⃣" is a worry level).
        if (Overwritten(before.CurrentSoc, after.CurrentSoc) || Overwritten(before.WorryLevel, after.WorryLevel)
            || Overwritten(before.Goal, after.Goal) || Overwritten(before.WorryNote, after.WorryNote)
            || !before.StoriesTold.All(after.StoriesTold.Contains))
        {
            yield return $"answers changed: {before.CurrentSoc}/{before.WorryLevel}/{before.Goal} → {after.CurrentSoc}/{after.WorryLevel}/{after.Goal}";
        }

        if (after.Turns != before.Turns + (isDirect ? 1 : 0))
        {
            yield return $"turn count {before.Turns} → {after.Turns}";
        }
    }

    private static bool IsChannelCommand(TextCase textCase) =>
        textCase.Payload is null && (textCase.Text ?? "").TrimStart().StartsWith("/weekly", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Untouched(Conversation? before, Conversation? after)
    {
        if (!Equals(before, after) && !(before is not null && after is not null && before.Turns == after.Turns && before.Key == after.Key && before.Step == after.Step))
        {
            yield return "a channel command changed the person's conversation";
        }
    }

    private static bool Overwritten<T>(T before, T after) => before is not null && !Equals(before, after);

    private static ConversationKey KeyOf(int index) => new(Platform.Telegram, $"corpus-{index}");

    private TurnProcessor CreateSut(TestDatabase database, LiteDbConversationStore store)
    {
        // /weekly cases go to the real channel store on the same file.
        var channels = new LiteDbDiscussionStore(database.Database, new LiteDbWriteGate(), Microsoft.Extensions.Logging.Abstractions.NullLogger<LiteDbDiscussionStore>.Instance);
        var prompt = new PromptSource("p.md", "---\nid: p\ntheme: retraining\n---\n## en\nA prompt.\n## nl\nEen vraag.\n");
        var weekly = new WeeklyPrompts(channels, PromptCatalog.Load([prompt]), [], new DiscussionSettings(), database.Time, new Random(1));
        // Nothing is sent here: no platform sender, so the replies stay stored (as they would for a platform that is not configured).
        var dispatcher = new OutboxDispatcher([], store, database.Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<OutboxDispatcher>.Instance);
        return new(dialogue.Engine, store, weekly, dispatcher, database.Time);
    }
}
