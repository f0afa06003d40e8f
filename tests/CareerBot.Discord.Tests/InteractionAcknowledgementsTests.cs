namespace CareerBot.Discord.Tests;

public sealed class InteractionAcknowledgementsTests
{
    [Fact]
    public async Task TryStart_SameInteractionTwice_AcknowledgesOnce()
    {
        var sut = new InteractionAcknowledgements();
        var calls = 0;

        var first = sut.TryStart("i1", () => Task.FromResult(Interlocked.Increment(ref calls)));
        var second = sut.TryStart("i1", () => Task.FromResult(Interlocked.Increment(ref calls)));
        await sut.WaitAsync("i1", CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task WaitAsync_AcknowledgementFails_CompletesAnyway()
    {
        var sut = new InteractionAcknowledgements();

        sut.TryStart("i2", () => Task.FromException(new InvalidOperationException("refused")));

        await sut.WaitAsync("i2", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void WaitAsync_InteractionNeverSeen_CompletesAtOnce()
    {
        var sut = new InteractionAcknowledgements();

        var waiting = sut.WaitAsync("from-an-earlier-run", CancellationToken.None);

        Assert.True(waiting.IsCompletedSuccessfully);
    }
}
