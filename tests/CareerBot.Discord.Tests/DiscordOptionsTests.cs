using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Tests;

public sealed class DiscordOptionsTests
{
    [Theory]
    [InlineData("0", "1")]
    [InlineData("1", "2")]
    [InlineData("15", "16")]
    public void Validate_ShardBelowShardCount_Passes(string shardId, string shardCount)
    {
        using var services = CreateSut(shardId, shardCount);

        var sut = services.GetRequiredService<IOptions<DiscordOptions>>().Value;

        Assert.Equal(int.Parse(shardId, System.Globalization.CultureInfo.InvariantCulture), sut.ShardId);
    }

    [Theory]
    [InlineData("2", "2")]
    [InlineData("5", "1")]
    public void Validate_ShardIdNotBelowShardCount_FailsNamingBothKeys(string shardId, string shardCount)
    {
        using var services = CreateSut(shardId, shardCount);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains($"Discord:ShardId ({shardId}) must be less than Discord:ShardCount ({shardCount})", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "Discord:ShardCount must be at least 1.")]
    [InlineData("-3", "Discord:ShardCount must be at least 1.")]
    public void Validate_ShardCountBelowOne_Fails(string shardCount, string message)
    {
        using var services = CreateSut("0", shardCount);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NegativeShardId_Fails()
    {
        using var services = CreateSut("-1", "2");

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains("Discord:ShardId must be 0 or more.", error.Message, StringComparison.Ordinal);
    }

    // Bound and validated as the adapter does it (AddDiscordClient), without a token: the check runs whether or not Discord is on.
    private static ServiceProvider CreateSut(string shardId, string shardCount)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:ShardId"] = shardId,
            ["Discord:ShardCount"] = shardCount,
        }).Build());
        services.AddLogging();
        services.AddDiscordClient();
        return services.BuildServiceProvider();
    }
}
