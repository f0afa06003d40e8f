using CareerBot.Core.Pictures;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Pictures.Tests;

public class PicturesServiceCollectionExtensionsTests
{
    [Fact]
    public void AddRiskCardPictures_Resolved_IsOneRendererForTheProcess()
    {
        var services = new ServiceCollection().AddLogging().AddRiskCardPictures();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var first = provider.GetRequiredService<IRiskCardRenderer>();
        var second = provider.GetRequiredService<IRiskCardRenderer>();

        Assert.IsType<RiskCardRenderer>(first);
        Assert.Same(first, second);
    }
}
