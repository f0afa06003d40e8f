using CareerBot.Core.Pictures;
using CareerBot.Pictures.Tests.Support;

namespace CareerBot.Pictures.Tests;

public class RiskCardRendererTests
{
    private const int MaxBytes = 100 * 1024;

    private readonly RecordingLogger<RiskCardRenderer> _logger = new();

    public static TheoryData<string, bool> Cards => new()
    {
        { "en", true },
        { "en", false },
        { "nl", true },
        { "nl", false },
    };

    [Theory]
    [MemberData(nameof(Cards))]
    public void RenderPng_EnglishOrDutchWithOneOrTwoJobs_IsPngOfAtMost800x450(string language, bool target)
    {
        var sut = CreateSut();

        var png = sut.RenderPng(Picture(language, target));

        Assert.True(Png.HasSignature(png));
        var (width, height) = Png.Size(png);
        Assert.InRange(width, 400, 800);
        Assert.InRange(height, 225, 450);
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void RenderPng_EnglishOrDutchWithOneOrTwoJobs_IsUnder100KB(string language, bool target)
    {
        var sut = CreateSut();

        var png = sut.RenderPng(Picture(language, target));

        Assert.InRange(png.Length, 1, MaxBytes - 1);
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void RenderPng_EnglishOrDutchWithOneOrTwoJobs_ReplacesNoCharacter(string language, bool target)
    {
        var sut = CreateSut();

        sut.RenderPng(Picture(language, target));

        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public void RenderPng_SamePictureTwice_GivesTheSameBytes()
    {
        var sut = CreateSut();

        var first = sut.RenderPng(Some.Dutch());
        var second = sut.RenderPng(Some.Dutch());

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task RenderPng_OnManyThreadsAtOnce_GivesTheSameBytesAsAlone()
    {
        var sut = CreateSut();
        var alone = sut.RenderPng(Some.English());

        var together = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => sut.RenderPng(Some.English()))));

        Assert.All(together, png => Assert.Equal(alone, png));
    }

    [Fact]
    public void RenderPng_DifferentPictures_GiveDifferentBytes()
    {
        var sut = CreateSut();

        var english = sut.RenderPng(Some.English());
        var dutch = sut.RenderPng(Some.Dutch());

        Assert.NotEqual(english, dutch);
    }

    [Fact]
    public void RenderPng_Null_Throws()
    {
        var sut = CreateSut();

        Assert.Throws<ArgumentNullException>(() => sut.RenderPng(null!));
    }

    [Fact]
    public void RenderPng_CharacterWithoutGlyph_IsReplacedAndLoggedWithoutTheText()
    {
        var sut = CreateSut();

        var png = sut.RenderPng(Some.English() with { Title = "Writers 🤖 and Authors" });

        Assert.True(Png.HasSignature(png));
        var entry = Assert.Single(_logger.Entries);
        Assert.Equal(7000, entry.Id.Id);
        Assert.Contains("1 characters", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Writers", entry.Message, StringComparison.Ordinal);
    }

    private static RiskCardPicture Picture(string language, bool target) =>
        language == "nl" ? Some.Dutch(target) : Some.English(target);

    private RiskCardRenderer CreateSut() => new(_logger);
}
