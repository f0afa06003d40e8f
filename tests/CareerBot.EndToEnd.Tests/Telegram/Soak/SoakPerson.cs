using System.Diagnostics;

namespace CareerBot.EndToEnd.Tests.Telegram.Soak;

/// <summary>
/// One simulated person: replays a script in their own private chat, waits for each turn's replies like a real user
/// (up to a timeout, after which they give up and the missing replies count as lost), and thinks a moment between turns.
/// Per turn it records how long the first reply took and how long the whole turn's replies took, from the moment it acted.
/// </summary>
internal sealed class SoakPerson(SoakEmulator emulator, long chatId, SoakScript script, SoakSettings settings, int seed)
{
    private readonly Random _random = new(seed);

    public long ChatId => chatId;

    public SoakScript Script => script;

    public async Task<PersonResult> RunAsync(Action turnDone, CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(_random.NextDouble() * settings.RampUp.TotalMilliseconds), cancellationToken);
        var latencies = new List<double>();
        var firstReplies = new List<double>();
        IReadOnlyList<BotMessage> seen = [];
        var expected = new List<string>();
        for (var i = 0; i < script.Steps.Count; i++)
        {
            var step = script.Steps[i];

            // The wait starts when the person acts (before the emulator has taken the update), as a person would count it.
            var waited = Stopwatch.StartNew();
            if (!await PerformAsync(emulator, chatId, script.Language, step.Action, seen, cancellationToken))
            {
                return new PersonResult(chatId, i, $"nothing to {step.Action}", latencies, firstReplies);
            }

            expected.AddRange(step.Replies);
            var first = await emulator.WaitForMessagesAsync(chatId, seen.Count + 1, settings.ReplyTimeout, cancellationToken);
            if (first.Count > seen.Count)
            {
                // The turn's first new message (a late copy of an earlier reply would count too; only a kill makes those).
                firstReplies.Add(waited.Elapsed.TotalMilliseconds);
            }

            seen = await WaitForRepliesAsync(expected, waited, cancellationToken);
            latencies.Add(waited.Elapsed.TotalMilliseconds);
            turnDone();
            if (!Covers(seen, expected))
            {
                return new PersonResult(chatId, i + 1, $"gave up waiting after {step.Action}", latencies, firstReplies);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(_random.NextDouble() * settings.MaxThink.TotalMilliseconds), cancellationToken);
        }

        return new PersonResult(chatId, script.Steps.Count, null, latencies, firstReplies);
    }

    /// <summary>Waits until every reply expected so far is there (an extra copy does not count as the next reply).</summary>
    private async Task<IReadOnlyList<BotMessage>> WaitForRepliesAsync(List<string> expected, Stopwatch waited, CancellationToken cancellationToken)
    {
        var messages = await emulator.WaitForMessagesAsync(chatId, expected.Count, settings.ReplyTimeout, cancellationToken);
        while (!Covers(messages, expected) && waited.Elapsed < settings.ReplyTimeout)
        {
            messages = await emulator.WaitForMessagesAsync(chatId, messages.Count + 1, settings.ReplyTimeout - waited.Elapsed, cancellationToken);
        }

        return messages;
    }

    private static bool Covers(IReadOnlyList<BotMessage> messages, List<string> expected) =>
        ChatTally.Of(expected, [.. messages.Select(SoakScript.Sent)]).Lost == 0;

    /// <summary>Types, or presses the button on the latest message offering it; false when no message offers it.</summary>
    public static async Task<bool> PerformAsync(
        SoakEmulator emulator, long chatId, string language, SoakAction action, IReadOnlyList<BotMessage> seen, CancellationToken cancellationToken)
    {
        if (action.Text is { } text)
        {
            await emulator.SendAsync(chatId, text, language, cancellationToken);
            return true;
        }

        var offering = seen.LastOrDefault(m => m.Buttons.Any(b => b.Data == action.Data));
        if (offering is null)
        {
            return false;
        }

        await emulator.PressAsync(chatId, offering.MessageId, action.Data!, language, cancellationToken);
        return true;
    }
}
