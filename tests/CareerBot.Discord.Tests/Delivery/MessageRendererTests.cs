using CareerBot.Core.Messaging;
using CareerBot.Discord.Delivery;

namespace CareerBot.Discord.Tests.Delivery;

public sealed class MessageRendererTests
{
    [Fact]
    public void Render_SevenChoices_TwoRowsOfAtMostFiveOnTheLastPart()
    {
        var message = new OutgoingMessage { Text = "Pick", Choices = [.. Enumerable.Range(1, 7).Select(i => new Choice($"Job {i}", $"job:{i}"))] };

        var sut = MessageRenderer.Render(message);

        var rows = Assert.Single(sut).Components!;
        Assert.Equal([5, 2], rows.Select(r => r.Components!.Count));
        Assert.Equal("job:7", rows[1].Components![1].CustomId);
    }

    [Fact]
    public void Render_LongTextWithEmoji_SplitsUnder2000WithoutBreakingSurrogatesAndButtonsLast()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 2500));
        var message = new OutgoingMessage { Text = text, Choices = [new Choice("OK", "ok")] };

        var sut = MessageRenderer.Render(message);

        Assert.All(sut, p => Assert.True(p.Content!.Length <= MessageRenderer.MaxContent));
        Assert.Equal(text, string.Concat(sut.Select(p => p.Content)));
        Assert.All(sut.SkipLast(1), p => Assert.Null(p.Components));
        Assert.NotNull(sut[^1].Components);
    }

    [Fact]
    public void Render_EmptyTextAndOversizedPayload_StaysValid()
    {
        var message = new OutgoingMessage { Text = "  ", Choices = [new Choice(new string('x', 200), new string('p', 101)), new Choice("", "ok")] };

        var sut = Assert.Single(MessageRenderer.Render(message));

        Assert.Equal("…", sut.Content);
        var button = Assert.Single(sut.Components!.Single().Components!);
        Assert.Equal("ok", button.CustomId);
        Assert.Equal("[]", System.Text.Json.JsonSerializer.Serialize(sut.AllowedMentions!.Parse));
    }

    [Fact]
    public void ReplyAddress_RoundTrip_KeepsEveryFlag()
    {
        var sut = ReplyAddress.Interaction("app", "a.b-c_d", "chan", ephemeral: true, originalPending: true, Core.Texts.Language.Dutch, privateMode: true);

        var parsed = ReplyAddress.Parse(sut.Format());

        Assert.Equal(sut, parsed);
        Assert.DoesNotContain("a.b-c_d", sut.ToString(), StringComparison.Ordinal);
        Assert.Null(ReplyAddress.Parse("garbage"));
        Assert.Null(ReplyAddress.Parse(null));
    }
}
