namespace CareerBot.Discord.Tests;

public sealed class RecentMapTests
{
    [Fact]
    public void Set_BeyondCapacity_ForgetsTheOldestKeyFirst()
    {
        var sut = new RecentMap<int>(2);

        sut.Set("a", 1);
        sut.Set("b", 2);
        sut.Set("a", 10);
        sut.Set("c", 3);

        Assert.False(sut.TryGet("a", out _));
        Assert.Equal((true, 2), (sut.TryGet("b", out var b), b));
        Assert.Equal((true, 3), (sut.TryGet("c", out var c), c));
    }

    [Fact]
    public void TryAdd_KnownKey_KeepsTheFirstValue()
    {
        var sut = new RecentMap<string>(10);

        var added = sut.TryAdd("k", "first");
        var again = sut.TryAdd("k", "second");

        Assert.Equal((true, false), (added, again));
        Assert.Equal("first", sut.TryGet("k", out var value) ? value : null);
    }
}
