using CareerBot.Core.Pictures;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Pictures.Tests;

public class PicturesServiceCollectionExtensionsTests
{
    [Fact]
    public void AddPictures_Resolved_IsOneRendererForTheProcess()
    {
        var services = new ServiceCollection().AddLogging().AddPictures();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var first = provider.GetRequiredService<IPictureRenderer>();
        var second = provider.GetRequiredService<IPictureRenderer>();

        Assert.IsType<PictureRenderer>(first);
        Assert.Same(first, second);
    }
}
