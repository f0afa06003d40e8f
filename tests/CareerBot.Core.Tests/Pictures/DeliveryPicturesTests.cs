using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Core.Pictures;
using CareerBot.Core.Tests.Support;
using Microsoft.Extensions.Logging;
using Moq;

namespace CareerBot.Core.Tests.Pictures;

public sealed class DeliveryPicturesTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 7];
    private readonly Mock<IPictureRenderer> _renderer = new();
    private readonly RecordingLogger<DeliveryPictures> _logger = new();

    public DeliveryPicturesTests() => _renderer.Setup(r => r.RenderPng(It.IsAny<RiskCardPicture>())).Returns(Png);

    [Fact]
    public void PngFor_MessageWithPicture_TheRenderersBytes()
    {
        var sut = CreateSut();

        var png = sut.PngFor(Message(Picture()));

        Assert.Equal(Png, png);
        Assert.True(sut.Wants(Message(Picture())));
    }

    [Fact]
    public void PngFor_MessageWithoutPicture_NullAndNothingDrawn()
    {
        var sut = CreateSut();

        var png = sut.PngFor(Message(null));

        Assert.Null(png);
        Assert.False(sut.Wants(Message(null)));
        _renderer.Verify(r => r.RenderPng(It.IsAny<RiskCardPicture>()), Times.Never);
    }

    [Fact]
    public void PngFor_PicturesOff_NullAndNothingDrawn()
    {
        var sut = CreateSut(new DialogueSettings { Pictures = false });

        var png = sut.PngFor(Message(Picture()));

        Assert.Null(png);
        Assert.False(sut.IsEnabled);
        Assert.False(sut.Wants(Message(Picture())));
        _renderer.Verify(r => r.RenderPng(It.IsAny<RiskCardPicture>()), Times.Never);
    }

    [Fact]
    public void PngFor_NoRendererRegistered_Null()
    {
        var sut = new DeliveryPictures([], _logger);

        var png = sut.PngFor(Message(Picture()));

        Assert.Null(png);
        Assert.False(sut.IsEnabled);
    }

    [Fact]
    public void PngFor_RendererThrowsAgainAndAgain_NullEachTimeAndOneErrorWithTheException()
    {
        _renderer.Setup(r => r.RenderPng(It.IsAny<RiskCardPicture>())).Throws(new InvalidOperationException("no font"));
        var sut = CreateSut();

        var results = Enumerable.Range(0, 3).Select(_ => sut.PngFor(Message(Picture()))).ToList();

        Assert.All(results, Assert.Null);
        var error = Assert.Single(_logger.Entries, e => e.Level >= LogLevel.Warning);
        Assert.Equal((LogLevel.Error, 4050), (error.Level, error.EventId));
        Assert.IsType<InvalidOperationException>(error.Exception);
        Assert.Equal(2, _logger.Entries.Count(e => e is { Level: LogLevel.Debug, EventId: 4051 }));
    }

    [Fact]
    public void PngFor_RendererReturnsNoBytes_NullAndLogged()
    {
        _renderer.Setup(r => r.RenderPng(It.IsAny<RiskCardPicture>())).Returns([]);
        var sut = CreateSut();

        var png = sut.PngFor(Message(Picture()));

        Assert.Null(png);
        Assert.Single(_logger.Entries, e => e.Level == LogLevel.Error);
    }

    [Theory]
    [InlineData("risk-card-27-3043.png", "risk-card-27-3043.png")]
    [InlineData("risk-card-27-3043", "risk-card-27-3043.png")]
    [InlineData("../../etc/passwd", "etc-passwd.png")]
    [InlineData("kaart \"x\";\r\n.png", "kaart--x----.png")]
    [InlineData("", "picture.png")]
    [InlineData("été.PNG", "t-.PNG")]
    public void FileNameOf_AnyName_SafeInAHeaderAndOnDisk(string name, string expected)
    {
        var safe = DeliveryPictures.FileNameOf(Picture() with { FileName = name });

        Assert.Equal(expected, safe);
    }

    private DeliveryPictures CreateSut(DialogueSettings? settings = null) => new([_renderer.Object], _logger, settings ?? new DialogueSettings());

    private static OutgoingMessage Message(RiskCardPicture? picture) => new() { Text = "card", Picture = picture };

    private static RiskCardPicture Picture() => new()
    {
        Title = "Your job and AI",
        Jobs = ["Registered Nurses"],
        Scales = [],
        Footer = "Estimates about tasks, not verdicts about people.",
        AltText = "Registered Nurses.",
        FileName = "risk-card-29-1141.png",
    };
}
