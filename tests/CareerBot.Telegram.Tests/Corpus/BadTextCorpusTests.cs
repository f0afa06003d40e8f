using CareerBot.Core.Messaging;
using CareerBot.Corpus;
using CareerBot.Telegram.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerBot.Telegram.Tests.Corpus;

/// <summary>
/// Every text and button case of the bad-input corpus as a real private update through the polling service: the
/// dialogue gets exactly what was typed or pressed, the reply (echoing the input like the engine does) is sent as
/// plain text, and every update is answered once.
/// </summary>
public sealed class BadTextCorpusTests : IAsyncDisposable
{
    private const int FirstId = 3000;
    private readonly AdapterHarness _harness = new();

    [Fact]
    public async Task Poll_EveryTextAndButtonCase_ReachesTheDialogueAsSentAndIsAnswered()
    {
        var sut = CreateSut();
        var cases = BadInputCorpus.TextCases().Where(c => c.Text is not null || c.Payload is not null).ToList();
        _harness.Processor.Reply = m => [new OutgoingMessage { Text = "You said: " + Echo(m.Text ?? m.ChoicePayload ?? ""), Choices = [new Choice("Start <b>*now*</b>", "go:start")] }];
        foreach (var batch in cases.Select(Update).Chunk(20))
        {
            _harness.Api.QueueUpdates(batch);
        }

        var expected = cases.Count(c => !Skipped(c));
        await sut.StartAsync(CancellationToken.None);
        var done = await _harness.WaitUntilAsync(() => _harness.Processor.Confirmed.Count == expected);
        await sut.StopAsync(CancellationToken.None);

        var handled = _harness.Processor.Handled.ToDictionary(m => m.MessageId, StringComparer.Ordinal);
        var failures = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var id = (FirstId + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var received = handled.GetValueOrDefault(id);
            if (Skipped(cases[i]))
            {
                if (received is not null || (cases[i].Payload is null && !_harness.Logs.AllText.Contains($"[4024] Update {id} could not be read", StringComparison.Ordinal)))
                {
                    failures.Add($"{cases[i].Id}: expected to be logged and skipped");
                }
            }
            else if (received is null)
            {
                failures.Add($"{cases[i].Id}: never reached the dialogue");
            }
            else if (received.Text != cases[i].Text || received.ChoicePayload != cases[i].Payload)
            {
                failures.Add($"{cases[i].Id}: changed on the way");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(done, $"{_harness.Processor.Confirmed.Count} of {expected} replies confirmed");
        var sent = _harness.Api.CallsTo("sendMessage");
        Assert.Equal(expected, sent.Count);
        Assert.All(sent, call => Assert.Null(call.Body["parse_mode"]));
        Assert.Equal(cases.Count(c => c.Payload is not null), _harness.Api.CallsTo("answerCallbackQuery").Count);
        Assert.DoesNotContain("[4003]", _harness.Logs.AllText, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    private static string Update(TextCase textCase, int index) => textCase.Payload is { } payload
        ? CorpusUpdates.ButtonPress(FirstId + index, 9000 + index, payload)
        : CorpusUpdates.PrivateText(FirstId + index, 9000 + index, textCase.Text!);

    /// <summary>What the engine does with a long input: a short quote, never cutting an emoji in half.</summary>
    private static string Echo(string text) => new(text.EnumerateRunes().Take(60).SelectMany(r => r.ToString()).ToArray());

    /// <summary>
    /// Not turns: text with a lone surrogate (Telegram never sends one; the update cannot be read, so it is logged and
    /// skipped) and a button without data (answered so the spinner stops, nothing else).
    /// </summary>
    private static bool Skipped(TextCase textCase) =>
        textCase.Payload is { Length: 0 } || (textCase.Text is { } text && HasLoneSurrogate(text));

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private IHostedService CreateSut() => _harness.PollingService;
}
