using System.Text.Json;
using CareerBot.Discord.Entities;
using CareerBot.Discord.Gateway;
using CareerBot.Discord.Rest;

namespace CareerBot.Discord.Tests.Contracts;

public sealed class FixtureContractTests
{
    public static TheoryData<string> Files() => [.. FileNames()];

    [Theory]
    [MemberData(nameof(Files))]
    public void Fixture_Always_ParsesIntoOurModels(string file)
    {
        var json = File.ReadAllText(Path.Combine("Fixtures", file));

        var parsed = Parse(file, json);

        Assert.NotNull(parsed);
    }

    [Fact]
    public void Files_Always_IncludeEveryKindWeRead()
    {
        var files = FileNames();

        Assert.True(files.Count >= 12);
    }

    [Fact]
    public void SlashInteractionDocs_Parse_KeepsPermissionsLocaleAndOptions()
    {
        var sut = Read<DiscordInteraction>("discord_interaction_slash_docs.json");

        Assert.Equal("786008729715212338", sut.Id);
        Assert.Equal("2147483647", sut.Member!.Permissions);
        Assert.True(DiscordPermissions.CanModerate(sut.Member.Permissions));
        Assert.Equal("en-US", sut.Locale);
        Assert.Equal("The Gitrog Monster", sut.Data!.Options![0].ValueText);
    }

    [Fact]
    public void ButtonInteractionDocs_Parse_KeepsCustomIdAndSourceMessageComponents()
    {
        var sut = Read<DiscordInteraction>("discord_interaction_button_docs.json");

        Assert.Equal(3, sut.Type);
        Assert.Equal("click_one", sut.Data!.CustomId);
        Assert.Equal("click_one", sut.Message!.Components![0].Components![0].CustomId);
        Assert.Equal("53908232506183680", sut.Invoker!.Id);
    }

    [Fact]
    public void GatewayBotDocs_Parse_KeepsUrlAndSessionStartLimit()
    {
        var sut = Read<GatewayBotInfo>("discord_get_gateway_bot_docs.json");

        Assert.Equal("wss://gateway.discord.gg/", sut.Url);
        Assert.Equal(999, sut.SessionStartLimit!.Remaining);
        Assert.Equal(1, sut.SessionStartLimit.MaxConcurrency);
    }

    [Fact]
    public void ResumedWithoutData_Parse_HasSequenceAndType()
    {
        var sut = Read<GatewayPayload>("discord_resumed.json");

        Assert.Equal(0, sut.Op);
        Assert.Equal("RESUMED", sut.T);
        Assert.Equal(1234, sut.S);
        Assert.Null(sut.D);
    }

    [Fact]
    public void HelloDocs_Parse_GivesHeartbeatInterval()
    {
        var sut = Read<GatewayPayload>("discord_hello_docs.json");

        Assert.Equal(45000, sut.D!.Value.Deserialize<HelloData>(DiscordJson.Options)!.HeartbeatInterval);
    }

    [Fact]
    public void IdentifyDocs_MatchesTheShapeWeSend()
    {
        var docs = Read<GatewayPayload>("discord_identify_docs_minimal.json").D!.Value;
        var ours = JsonSerializer.SerializeToElement(new GatewayCommand<IdentifyData>(2, new IdentifyData("t", new IdentifyProperties("linux", "b", "d"), 513, [0, 1])), DiscordJson.Options).GetProperty("d");

        foreach (var property in docs.EnumerateObject())
        {
            Assert.True(ours.TryGetProperty(property.Name, out _), property.Name);
        }
    }

    private static List<string> FileNames() =>
        [.. Directory.GetFiles("Fixtures", "discord_*.json").Select(f => Path.GetFileName(f))];

    private static T Read<T>(string file) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(Path.Combine("Fixtures", file)), DiscordJson.Options)!;

    private static object? Parse(string file, string json) => file switch
    {
        _ when file.Contains("autocomplete_docs", StringComparison.Ordinal) => JsonDocument.Parse(json).RootElement.GetProperty("data").Deserialize<InteractionData>(DiscordJson.Options),
        _ when file.Contains("interaction", StringComparison.Ordinal) => JsonSerializer.Deserialize<DiscordInteraction>(json, DiscordJson.Options),
        _ when file.Contains("message_create", StringComparison.Ordinal) => JsonSerializer.Deserialize<DiscordMessage>(json, DiscordJson.Options),
        _ when file.Contains("ratelimit", StringComparison.Ordinal) => JsonDocument.Parse(json).RootElement.GetProperty("body").Deserialize<RateLimitedBody>(DiscordJson.Options),
        _ when file.Contains("error", StringComparison.Ordinal) => JsonSerializer.Deserialize<ErrorBody>(json, DiscordJson.Options),
        _ when file.Contains("gateway_bot", StringComparison.Ordinal) => JsonSerializer.Deserialize<GatewayBotInfo>(json, DiscordJson.Options),
        _ => JsonSerializer.Deserialize<GatewayPayload>(json, DiscordJson.Options),
    };
}
