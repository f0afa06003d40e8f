using CareerBot.Core.Pictures;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Pictures;

/// <summary>The host composes the risk card renderer (nothing here starts the host).</summary>
public sealed class RiskCardPicturesCompositionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("careerbot-pictures-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Build_Default_ResolvesOneRendererThatDrawsAPng()
    {
        using var sut = CareerBotHost.Build([$"--Storage:DatabasePath={Path.Combine(_folder, "careerbot.db")}"]);

        var renderer = sut.Services.GetRequiredService<IPictureRenderer>();
        var png = renderer.RenderPng(new RiskCardPicture
        {
            Title = "Bakker",
            Jobs = ["Bakker"],
            Scales = [new RiskCardScale { Label = "Automatiseringsrisico", Source = "Frey & Osborne (2013)", Low = "laag", High = "hoog", Values = [0.89], ValueTexts = ["89%"] }],
            Footer = "Schattingen over taken, geen oordeel over mensen.",
            AltText = "Risicokaart: bakker.",
            FileName = "risk-card-51-3011.png",
        });

        Assert.Same(renderer, sut.Services.GetRequiredService<IPictureRenderer>());
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
    }
}
