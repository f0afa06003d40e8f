using System.Text.Json;
using CareerBot.Core.Conversations.Commands;
using CareerBot.Discord.Commands;

namespace CareerBot.Discord.Tests.Commands;

public sealed class SlashCommandsTests
{
    private const string Recorded = "Recorded/application_commands.json";

    [Fact]
    public void All_AsBulkOverwriteBody_MatchesTheRecordedPayload()
    {
        // Serialized the way DiscordRestClient writes a request body (by runtime type), so this is the body as sent.
        var sut = JsonSerializer.Serialize((object)SlashCommands.All, SlashCommands.All.GetType(), DiscordJson.Options);

        Assert.Equal(File.ReadAllText(Recorded).TrimEnd(), sut);
    }

    [Fact]
    public void All_Names_AreTheCatalogPickerInOrder()
    {
        var sut = SlashCommands.All;

        Assert.Equal(CommandCatalog.Picker.Select(c => c.Name), sut.Select(c => c.Name));
    }

    [Fact]
    public void From_CommandAddedToTheCatalog_IsRegisteredInBothLanguagesWithItsParameter()
    {
        var added = new CommandSpec
        {
            Name = "salary",
            DutchName = "salaris",
            Audience = CommandAudience.Public,
            Description = new("What a job pays /salary nurse", "Wat een beroep verdient /salary verpleegkundige"),
            PickerDescription = new("What a job pays, with sources", "Wat een beroep verdient, met bronnen"),
            Parameters = [new CommandParameter { Kind = ParameterKind.Text, Name = "job", DutchName = "beroep", Description = new("A job title", "Een beroep"), Required = true }],
        };

        var sut = SlashCommands.From([.. CommandCatalog.Picker, added])[^1];

        Assert.Equal(("salary", "What a job pays, with sources"), (sut.Name, sut.Description));
        Assert.Equal("salaris", sut.NameLocalizations!["nl"]);
        Assert.Equal("Wat een beroep verdient, met bronnen", sut.DescriptionLocalizations!["nl"]);
        Assert.Equal([0, 1, 2], sut.Contexts);
        Assert.Equal([0, 1], sut.IntegrationTypes);
        Assert.Null(sut.DefaultMemberPermissions);
        var option = Assert.Single(sut.Options!);
        Assert.Equal((3, "job", "beroep", true), (option.Type, option.Name, option.NameLocalizations!["nl"], option.Required));
    }

    [Fact]
    public void From_ModeratorCommand_OnlyInServersForManageServer()
    {
        var sut = SlashCommands.From([CommandCatalog.Weekly]).Single();

        Assert.Equal(SlashCommands.ManageGuild, sut.DefaultMemberPermissions);
        Assert.Equal([0], sut.Contexts);
        Assert.Equal([0], sut.IntegrationTypes);
        Assert.All(sut.Options!, sub => Assert.Equal((1, null), (sub.Type, sub.Required)));
    }

    [Theory]
    [InlineData("risk")]
    [InlineData("stories")]
    [InlineData("help")]
    [InlineData("privacy")]
    public void All_PublicAnswers_InstallableByAPersonAndUsableAnywhere(string name)
    {
        var sut = Registered(name);

        Assert.Equal([0, 1], Ints(sut, "integration_types"));
        Assert.Equal([0, 1, 2], Ints(sut, "contexts"));
    }

    [Theory]
    [InlineData("career")]
    [InlineData("forget")]
    public void All_PersonalCommands_StayWithTheBotInServersAndItsDm(string name)
    {
        var sut = Registered(name);

        Assert.Equal([0], Ints(sut, "integration_types"));
        Assert.Equal([0, 1], Ints(sut, "contexts"));
    }

    [Fact]
    public void All_Weekly_OnlyInServersForManageServer()
    {
        var sut = Registered("weekly");

        Assert.Equal([0], Ints(sut, "integration_types"));
        Assert.Equal([0], Ints(sut, "contexts"));
        Assert.Equal("32", sut.GetProperty("default_member_permissions").GetString());
    }

    [Fact]
    public void All_RiskJob_IsAutocompletedWithoutFixedChoices()
    {
        var sut = Registered("risk").GetProperty("options")[0];

        Assert.Equal("job", sut.GetProperty("name").GetString());
        Assert.True(sut.GetProperty("autocomplete").GetBoolean());
        Assert.False(sut.TryGetProperty("choices", out _));
    }

    [Fact]
    public void All_WeeklyScheduleTimezone_IsAutocompletedAndTheOtherOptionsAreNot()
    {
        var schedule = Registered("weekly").GetProperty("options").EnumerateArray().Single(o => o.GetProperty("name").GetString() == "schedule");

        var sut = schedule.GetProperty("options").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!, o => o.TryGetProperty("autocomplete", out var a) && a.GetBoolean());

        Assert.Equal(new Dictionary<string, bool> { ["day"] = false, ["time"] = false, ["timezone"] = true }, sut);
    }

    // The body as DiscordRestClient writes it: the field names Discord reads.
    private static JsonElement Registered(string name) =>
        JsonSerializer.SerializeToElement((object)SlashCommands.All, SlashCommands.All.GetType(), DiscordJson.Options)
            .EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    private static int[] Ints(JsonElement command, string property) =>
        [.. command.GetProperty(property).EnumerateArray().Select(e => e.GetInt32())];
}
