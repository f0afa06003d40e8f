using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;

namespace CareerBot.Tests;

public sealed class UserSecretsConfigurationTests
{
    [Fact]
    public void AddUserSecretsInEveryEnvironment_ProductionSources_PutsThemAfterAppSettingsBeforeTheEnvironment()
    {
        var sut = CreateSut();

        sut.AddUserSecretsInEveryEnvironment();

        Assert.Collection(
            sut.Sources,
            source => Assert.Equal("appsettings.json", Assert.IsType<JsonConfigurationSource>(source).Path),
            source => Assert.EndsWith("secrets.json", Assert.IsType<JsonConfigurationSource>(source).Path, StringComparison.Ordinal),
            source => Assert.IsType<EnvironmentVariablesConfigurationSource>(source),
            source => Assert.IsType<CommandLineConfigurationSource>(source));
    }

    [Fact]
    public void AddUserSecretsInEveryEnvironment_AddedAlready_AddsNoSecondCopy()
    {
        var sut = CreateSut();

        sut.AddUserSecretsInEveryEnvironment();
        sut.AddUserSecretsInEveryEnvironment();

        Assert.Single(sut.Sources.OfType<JsonConfigurationSource>(), source => source.Path!.EndsWith("secrets.json", StringComparison.Ordinal));
    }

    // The order .NET's default builder gives outside Development: no user secrets.
    private static ConfigurationBuilder CreateSut()
    {
        var builder = new ConfigurationBuilder();
        builder.AddJsonFile("appsettings.json", optional: true);
        builder.AddEnvironmentVariables();
        builder.AddCommandLine([]);
        return builder;
    }
}
