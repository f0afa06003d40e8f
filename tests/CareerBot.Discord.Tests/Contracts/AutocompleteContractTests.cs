using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.Core.Conversations.Commands;
using CareerBot.Discord.Autocomplete;
using CareerBot.Discord.Entities;

namespace CareerBot.Discord.Tests.Contracts;

/// <summary>Autocomplete interactions as Discord sends them (real payloads, see Fixtures/SOURCES.md) read by <see cref="AutocompleteQuery"/>.</summary>
public sealed class AutocompleteContractTests
{
    private const string Subcommand = "discord_interaction_autocomplete_subcommand.json";

    [Fact]
    public void Focused_RealAutocompleteUnderASubCommand_FindsTheTypedOptionAndItsPath()
    {
        var interaction = Read(Subcommand);

        var sut = AutocompleteQuery.Focused(interaction.Data!)!.Value;

        Assert.Equal(AutocompleteQuery.InteractionType, interaction.Type);
        Assert.Equal(["fruit"], sut.SubCommands);
        Assert.Equal(("fav-fruit", ""), (sut.Option.Name, sut.Option.ValueText));
        Assert.Equal("en-GB", interaction.Locale);
    }

    [Fact]
    public void Focused_DocsExample_FindsThePartlyTypedValue()
    {
        var data = JsonDocument.Parse(File.ReadAllText(Path.Combine("Fixtures", "discord_autocomplete_docs.json"))).RootElement.GetProperty("data").Deserialize<InteractionData>(DiscordJson.Options)!;

        var sut = AutocompleteQuery.Focused(data)!.Value;

        Assert.Empty(sut.SubCommands);
        Assert.Equal(("variant", "data a user is typ"), (sut.Option.Name, sut.Option.ValueText));
    }

    [Fact]
    public void Read_RealShapeAsOurWeeklySchedule_AsksForTimeZonesWithTheLocale()
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine("Fixtures", Subcommand)))!;
        json["data"]!["name"] = "weekly";
        var sub = json["data"]!["options"]![0]!;
        sub["name"] = "schedule";
        sub["options"]![0]!["name"] = "day";
        sub["options"]![0]!["value"] = "monday";
        sub["options"]![1]!["name"] = "timezone";
        sub["options"]![1]!["value"] = "amster";
        var interaction = json.Deserialize<DiscordInteraction>(DiscordJson.Options)!;

        var sut = AutocompleteQuery.Read(interaction);

        Assert.Equal(new AutocompleteQuery(ParameterSuggestions.TimeZones, "amster", "en-GB"), sut);
        Assert.Equal("Europe/Amsterdam", AutocompleteChoiceList.For(sut!, lookup: null)[0].Value);
    }

    [Fact]
    public void Read_RealShapeAsOurRisk_AsksForJobs()
    {
        var interaction = Read(Subcommand) with
        {
            Locale = "nl",
            Data = new InteractionData { Name = "risk", Type = 1, Options = [new CommandOptionValue { Name = "job", Type = 3, Value = JsonDocument.Parse("\"verpl\"").RootElement, Focused = true }] },
        };

        var sut = AutocompleteQuery.Read(interaction);

        Assert.Equal(new AutocompleteQuery(ParameterSuggestions.Jobs, "verpl", "nl"), sut);
    }

    [Theory]
    [InlineData("{\"name\":\"weekly\",\"type\":1,\"options\":[{\"name\":\"schedule\",\"type\":1,\"options\":[{\"name\":\"time\",\"type\":3,\"value\":\"09\",\"focused\":true}]}]}")]
    [InlineData("{\"name\":\"help\",\"type\":1}")]
    [InlineData("{\"name\":\"airhorn\",\"type\":1,\"options\":[{\"type\":3,\"name\":\"variant\",\"value\":\"x\",\"focused\":true}]}")]
    [InlineData("{\"name\":\"risk\",\"type\":1,\"options\":[{\"type\":3,\"name\":\"job\",\"value\":\"x\"}]}")]
    [InlineData("{\"name\":\"risk\",\"type\":1,\"options\":[null]}")]
    public void Read_NothingToSuggest_IsNull(string data)
    {
        var interaction = Read(Subcommand) with { Data = JsonSerializer.Deserialize<InteractionData>(data, DiscordJson.Options) };

        var sut = AutocompleteQuery.Read(interaction);

        Assert.Null(sut);
    }

    [Fact]
    public void Read_ASlashCommandNotAnAutocomplete_IsNull()
    {
        var interaction = Read("discord_interaction_slash_docs.json");

        var sut = AutocompleteQuery.Read(interaction);

        Assert.Null(sut);
    }

    private static DiscordInteraction Read(string file) =>
        JsonSerializer.Deserialize<DiscordInteraction>(File.ReadAllText(Path.Combine("Fixtures", file)), DiscordJson.Options)!;
}
