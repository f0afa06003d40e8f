using CareerBot.Core.Conversations;
using CareerBot.Core.Pictures;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Dialogue;

/// <summary>Pictures:Enabled reaches the dialogue (DialogueSettings.Pictures) and the adapters' DeliveryPictures.</summary>
public sealed class PicturesSettingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("careerbot-pictures-setting-").FullName;

    [Fact]
    public void Build_Default_PicturesOnAndDrawnForTheAdapters()
    {
        using var host = CareerBotHost.Build([$"--Storage:DatabasePath={Path.Combine(_folder, "careerbot.db")}"]);

        var settings = host.Services.GetRequiredService<DialogueSettings>();
        var pictures = host.Services.GetRequiredService<DeliveryPictures>();

        Assert.True(settings.Pictures);
        Assert.True(pictures.IsEnabled);
    }

    [Fact]
    public void Build_PicturesDisabled_DialogueAndAdaptersDrawNone()
    {
        using var host = CareerBotHost.Build([$"--Storage:DatabasePath={Path.Combine(_folder, "careerbot.db")}", "--Pictures:Enabled=false"]);

        var settings = host.Services.GetRequiredService<DialogueSettings>();
        var pictures = host.Services.GetRequiredService<DeliveryPictures>();

        Assert.False(settings.Pictures);
        Assert.False(pictures.IsEnabled);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
