using System.Globalization;
using System.Text;
using System.Text.Json;
using CareerBot.Core.Messaging;
using CareerBot.Corpus;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.Discord.Tests.Corpus;

/// <summary>
/// Every text and button case of the bad-input corpus as a DM or a button press through the whole adapter: the
/// dialogue gets exactly what was sent, and the reply (echoing the input like the engine does) never pings anyone.
/// </summary>
public sealed class BadTextCorpusTests
{
    [Fact]
    public async Task Gateway_EveryTextAndButtonCase_ReachesTheDialogueAsSentAndIsAnsweredWithoutMentions()
    {
        await using var sut = new AdapterHarness(m => [new OutgoingMessage { Text = "You said: " + Echo(m.Text ?? m.ChoicePayload ?? "") }]);
        await sut.StartAsync();
        var cases = BadInputCorpus.TextCases();
        var ids = cases.Select(_ => Some.Id()).ToList();

        for (var i = 0; i < cases.Count; i++)
        {
            await sut.Gateway.SendRawAsync(Frame(cases[i], ids[i], 100 + i));
        }

        var expected = cases.Count(c => !HasLoneSurrogate(c.Text));
        var done = await WaitAsync(sut, () => sut.Processor.Confirmed.Count == expected);

        var received = sut.Processor.Received.ToDictionary(m => m.MessageId, StringComparer.Ordinal);
        var failures = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var message = received.GetValueOrDefault(ids[i]);
            if (HasLoneSurrogate(cases[i].Text))
            {
                if (message is not null)
                {
                    failures.Add($"{cases[i].Id}: text with a lone surrogate should be logged and skipped");
                }
            }
            else if (message is null)
            {
                failures.Add($"{cases[i].Id}: never reached the dialogue");
            }
            else if ((cases[i].Payload is null && message.Text != (cases[i].Text ?? "")) || message.ChoicePayload != cases[i].Payload)
            {
                failures.Add($"{cases[i].Id}: changed on the way");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(done, $"{sut.Processor.Confirmed.Count} of {expected} replies confirmed");
        var replies = sut.Server.Requests.Where(r => r.Is("POST", "channels/dm-7")).ToList();
        Assert.True(replies.Count >= expected, $"{replies.Count} replies for {expected} turns");
        Assert.All(replies, r => Assert.Equal("[]", r.Json.GetProperty("allowed_mentions").GetProperty("parse").GetRawText()));
        Assert.Equal(cases.Count(c => HasLoneSurrogate(c.Text)), sut.Host.Logs.Lines.Count(l => l.Contains(" 5043 ", StringComparison.Ordinal)));
    }

    /// <summary>Each case from its own person in their own DM, so the turns run side by side as they would for many people.</summary>
    private static string Frame(TextCase textCase, string id, int sequence)
    {
        var user = "7" + sequence.ToString("D17", CultureInfo.InvariantCulture);
        var data = textCase.Payload is { } payload
            ? From(Some.DmButtonPress(payload, "m-" + id, payload), id, user)
            : $$"""{"id":"{{id}}","channel_id":"dm-{{user}}","content":{{Quote(textCase.Text ?? "")}},"author":{"id":"{{user}}","username":"Mason"},"mentions":[],"type":0}""";
        return $$"""{"op":0,"t":"{{(textCase.Payload is null ? "MESSAGE_CREATE" : "INTERACTION_CREATE")}}","s":{{sequence}},"d":""" + data + "}";
    }

    private static string From(object interaction, string id, string user)
    {
        var node = JsonSerializer.SerializeToNode(interaction)!;
        node["id"] = id;
        node["user"]!["id"] = user;
        node["channel_id"] = "dm-" + user;
        node["message"]!["channel_id"] = "dm-" + user;
        return node.ToJsonString();
    }

    /// <summary>A JSON string literal with every non-ASCII UTF-16 unit escaped, so lone surrogates reach the reader as a broken client would send them.</summary>
    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c is >= ' ' and <= '~' and not '"' and not '\\' ? builder.Append(c) : builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
        }

        return builder.Append('"').ToString();
    }

    private static string Echo(string text) => new([.. text.EnumerateRunes().Take(60).SelectMany(r => r.ToString())]);

    private static bool HasLoneSurrogate(string? text)
    {
        for (var i = 0; text is not null && i < text.Length; i++)
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

    private static async Task<bool> WaitAsync(AdapterHarness sut, Func<bool> condition)
    {
        for (var i = 0; i < 2000 && !condition(); i++)
        {
            sut.Host.Time.Advance(TimeSpan.FromMilliseconds(500)); // rate-limit waits run on the fake clock
            await Task.Delay(5);
        }

        return condition();
    }
}
