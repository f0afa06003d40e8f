using CareerBot.Core.Pictures;
using CareerBot.Telegram.Inline;
using CareerBot.Telegram.Sending;
using CareerBot.Telegram.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot.Types;

namespace CareerBot.Telegram.Tests.Inline;

public sealed class CardPhotoIdsTests
{
    private readonly FakePlatformStateStore _store = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task FindAsync_AfterRemember_TheLargestSizesFileIdEvenInAnotherProcess()
    {
        var sut = CreateSut();

        await sut.RememberAsync(Some.Picture(), Sizes(("small", 90), ("large", 1200)), CancellationToken.None);

        Assert.Equal("large", await sut.FindAsync(Some.Picture(), CancellationToken.None));
        Assert.Equal("large", await CreateSut().FindAsync(Some.Picture(), CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_AnotherPicture_None()
    {
        var sut = CreateSut();
        await sut.RememberAsync(Some.Picture(), Sizes(("large", 1200)), CancellationToken.None);

        var found = await sut.FindAsync(Some.Picture() with { Footer = "Schattingen over taken" }, CancellationToken.None);

        Assert.Null(found);
    }

    [Fact]
    public async Task FindAsync_MissingThenSentElsewhere_AskedAgainOnlyAfterAFewMinutes()
    {
        var sut = CreateSut();
        var counting = new CountingPlatformStateStore(_store);
        var counted = new CardPhotoIds(new TelegramChatState(counting), _clock);
        await counted.FindAsync(Some.Picture(), CancellationToken.None);
        await sut.RememberAsync(Some.Picture(), Sizes(("large", 1200)), CancellationToken.None);

        var soon = await counted.FindAsync(Some.Picture(), CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(6));
        var later = await counted.FindAsync(Some.Picture(), CancellationToken.None);

        Assert.Null(soon);
        Assert.Equal("large", later);
        Assert.Equal(2, counting.Counts.Total);
    }

    [Fact]
    public async Task RememberAsync_TwoJobsPicture_NotKept()
    {
        var sut = CreateSut();
        var twoJobs = Some.Picture() with { Jobs = ["Registered Nurses", "Electricians"] };

        await sut.RememberAsync(twoJobs, Sizes(("large", 1200)), CancellationToken.None);

        Assert.Empty(_store.Values);
    }

    [Fact]
    public async Task RememberAsync_SameFileIdAgain_WrittenOnce()
    {
        var counting = new CountingPlatformStateStore(_store);
        var sut = new CardPhotoIds(new TelegramChatState(counting), _clock);

        await sut.RememberAsync(Some.Picture(), Sizes(("large", 1200)), CancellationToken.None);
        await sut.RememberAsync(Some.Picture(), Sizes(("large", 1200)), CancellationToken.None);

        Assert.Equal(1, counting.Counts.Total);
    }

    private CardPhotoIds CreateSut() => new(new TelegramChatState(_store), _clock);

    private static PhotoSize[] Sizes(params (string Id, int Width)[] sizes) =>
        [.. sizes.Select(s => new PhotoSize { FileId = s.Id, FileUniqueId = "u" + s.Id, Width = s.Width, Height = s.Width / 2 })];
}
