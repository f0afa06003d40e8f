using CareerBot.ConsoleChat;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using CareerBot.Core.Pictures;
using CareerBot.Dialogue;
using CareerBot.Storage.LiteDb;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace CareerBot.Tests.ConsoleChat;

/// <summary>The console's replies: the text, then the picture's file path on its own line, then the choices.</summary>
public sealed class ConsoleReplySenderTests : IDisposable
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
    private readonly string _folder = Directory.CreateTempSubdirectory("careerbot-console-pictures-").FullName;
    private readonly Mock<IPictureRenderer> _renderer = new();
    private readonly StringWriter _output = new() { NewLine = "\n" };

    public ConsoleReplySenderTests() => _renderer.Setup(r => r.RenderPng(It.IsAny<RiskCardPicture>())).Returns(Png);

    private string Pictures => Path.Combine(_folder, "pics");

    [Fact]
    public async Task SendAsync_ReplyWithPicture_PrintsThePathAfterTheTextAndSavesThePng()
    {
        var sut = CreateSut();

        var outcome = await sut.SendAsync(Entry(withPicture: true), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        var path = Path.Combine(Pictures, "risk-card-29-1141.png");
        Assert.Equal($"Nurses: low risk.\n[picture: {path}]\n[1] More\n\n", _output.ToString());
        Assert.Equal(Png, await File.ReadAllBytesAsync(path));
        Assert.Empty(Directory.GetFiles(Pictures, "*.partial"));
    }

    [Fact]
    public async Task SendAsync_SameJobsAgain_ReplacesTheFile()
    {
        var sut = CreateSut();
        await sut.SendAsync(Entry(withPicture: true), CancellationToken.None);
        _renderer.Setup(r => r.RenderPng(It.IsAny<RiskCardPicture>())).Returns([.. Png, 9]);

        await sut.SendAsync(Entry(withPicture: true), CancellationToken.None);

        var file = Assert.Single(Directory.GetFiles(Pictures));
        Assert.Equal([.. Png, 9], await File.ReadAllBytesAsync(file));
    }

    [Fact]
    public async Task SendAsync_NoDirectoryConfigured_PicturesBesideTheDatabase()
    {
        var sut = CreateSut(directory: "", database: Path.Combine(_folder, "db", "careerbot.db"));

        await sut.SendAsync(Entry(withPicture: true), CancellationToken.None);

        Assert.Contains($"[picture: {Path.Combine(_folder, "db", "pictures", "risk-card-29-1141.png")}]", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_RendererThrows_PrintsTheTextAndChoicesAlone()
    {
        _renderer.Setup(r => r.RenderPng(It.IsAny<RiskCardPicture>())).Throws(new InvalidOperationException("no font"));
        var sut = CreateSut();

        var outcome = await sut.SendAsync(Entry(withPicture: true), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        Assert.Equal("Nurses: low risk.\n[1] More\n\n", _output.ToString());
    }

    [Fact]
    public async Task SendAsync_PicturesTurnedOff_NeverRendersOrSaves()
    {
        var sut = CreateSut(enabled: false);

        await sut.SendAsync(Entry(withPicture: true), CancellationToken.None);

        _renderer.Verify(r => r.RenderPng(It.IsAny<RiskCardPicture>()), Times.Never);
        Assert.DoesNotContain("[picture:", _output.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Pictures));
    }

    [Fact]
    public async Task SendAsync_FolderCannotBeMade_PrintsTheTextAlone()
    {
        await File.WriteAllTextAsync(Pictures, "a file where the folder should be");
        var sut = CreateSut();

        var outcome = await sut.SendAsync(Entry(withPicture: true), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        Assert.Equal("Nurses: low risk.\n[1] More\n\n", _output.ToString());
    }

    [Fact]
    public async Task SendAsync_ReplyWithoutPicture_Unchanged()
    {
        var sut = CreateSut();

        await sut.SendAsync(Entry(withPicture: false), CancellationToken.None);

        Assert.Equal("Nurses: low risk.\n[1] More\n\n", _output.ToString());
        _renderer.Verify(r => r.RenderPng(It.IsAny<RiskCardPicture>()), Times.Never);
    }

    public void Dispose()
    {
        _output.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private ConsoleReplySender CreateSut(bool enabled = true, string? directory = null, string database = "data/careerbot.db")
    {
        var pictures = new DeliveryPictures([_renderer.Object], NullLogger<DeliveryPictures>.Instance, new DialogueSettings { Pictures = enabled });
        var folder = new PictureFolder(
            Options.Create(new PicturesOptions { Enabled = enabled, Directory = directory ?? Pictures }),
            Options.Create(new StorageOptions { DatabasePath = database }),
            NullLogger<PictureFolder>.Instance);
        var sut = new ConsoleReplySender(pictures, folder);
        sut.Attach(_output);
        return sut;
    }

    private static OutboxEntry Entry(bool withPicture) => new()
    {
        Id = "t:0",
        Key = new ConversationKey(Platform.Console, "local"),
        ReplyAddress = "console",
        InReplyTo = "t",
        CreatedAt = DateTimeOffset.UnixEpoch,
        Message = new OutgoingMessage
        {
            Text = "Nurses: low risk.",
            Choices = [new Choice("More", "risk:more")],
            Picture = withPicture
                ? new RiskCardPicture
                {
                    Title = "Risk card",
                    Jobs = ["Registered Nurses"],
                    Scales = [],
                    Footer = "Estimates about tasks, not verdicts about people.",
                    AltText = "Registered Nurses.",
                    FileName = "risk-card-29-1141.png",
                }
                : null,
        },
    };
}
