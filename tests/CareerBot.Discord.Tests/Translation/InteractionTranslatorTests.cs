using System.Text.Json;
using CareerBot.Discord.Delivery;
using CareerBot.Discord.Entities;
using CareerBot.Discord.Rest;
using CareerBot.Discord.Translation;

namespace CareerBot.Discord.Tests.Translation;

public sealed class InteractionTranslatorTests
{
    [Fact]
    public void Plan_SlashDocsInServer_DefersPubliclyWithModeratorFlagAndText()
    {
        var interaction = Read("discord_interaction_slash_docs.json") with { ApplicationId = "app" };

        var sut = InteractionTranslator.Plan(interaction)!;

        Assert.Equal(InteractionResponse.DeferredChannelMessage, sut.Acknowledgement.Type);
        Assert.Null(sut.Acknowledgement.Data);
        Assert.Equal("/cardsearch The Gitrog Monster", sut.Message!.Text);
        Assert.True(sut.Message.IsModerator);
        Assert.False(sut.Message.IsDirect);
        Assert.Equal("en-US", sut.Message.Locale);
        Assert.Equal(interaction.GuildId, sut.Message.Community);
        var address = ReplyAddress.Parse(sut.Message.ReplyAddress)!;
        Assert.True(address.OriginalPending);
        Assert.False(address.Ephemeral);
    }

    [Fact]
    public void Plan_ButtonDocsOnPublicServerMessage_AnswersPresserEphemerallyWithoutTouchingMessage()
    {
        var interaction = Read("discord_interaction_button_docs.json");

        var sut = InteractionTranslator.Plan(interaction)!;

        Assert.Equal(InteractionResponse.DeferredChannelMessage, sut.Acknowledgement.Type);
        Assert.Equal(MessagePayload.Ephemeral, sut.Acknowledgement.Data!.Flags);
        Assert.Equal("click_one", sut.Message!.ChoicePayload);
        Assert.Null(sut.Message.Text);
    }

    [Fact]
    public void Plan_ButtonOnEphemeralMessage_UpdatesItAndContinuesInPrivateMode()
    {
        var docs = Read("discord_interaction_button_docs.json");
        var interaction = docs with { Message = docs.Message! with { Flags = 64 } };

        var sut = InteractionTranslator.Plan(interaction)!;

        Assert.Equal(InteractionResponse.UpdateMessage, sut.Acknowledgement.Type);
        Assert.True(sut.Acknowledgement.Data!.Components![0].Components![0].Disabled);
        Assert.True(sut.Message!.IsDirect);
        Assert.True(ReplyAddress.Parse(sut.Message.ReplyAddress)!.PrivateMode);
    }

    [Theory]
    [InlineData("career", true)]
    [InlineData("forget", true)]
    [InlineData("privacy", true)]
    [InlineData("weekly", true)]
    [InlineData("risk", false)]
    [InlineData("help", false)]
    public void Plan_CommandInServer_EphemeralOnlyForPersonalCommands(string name, bool ephemeral)
    {
        var interaction = Read("discord_interaction_slash_docs.json") with { ApplicationId = "app", Data = new InteractionData { Name = name } };

        var sut = InteractionTranslator.Plan(interaction)!;

        Assert.Equal(ephemeral ? MessagePayload.Ephemeral : null, sut.Acknowledgement.Data?.Flags);
    }

    [Fact]
    public void Plan_AnswerButton_OpensModalAndSubmitBecomesText()
    {
        var docs = Read("discord_interaction_button_docs.json") with { Locale = "nl" };
        var press = docs with { Data = new InteractionData { CustomId = DiscordTexts.AnswerPayload, ComponentType = 2 } };
        var submit = docs with
        {
            Type = 5,
            Data = new InteractionData { CustomId = DiscordTexts.AnswerPayload, Components = [new DiscordComponent { Type = 1, Components = [new DiscordComponent { Type = 4, CustomId = "answer", Value = "kapper 💇" }] }] },
        };

        var modal = InteractionTranslator.Plan(press)!;
        var answer = InteractionTranslator.Plan(submit)!;

        Assert.Equal(InteractionResponse.Modal, modal.Acknowledgement.Type);
        Assert.Equal("Jouw antwoord", modal.Acknowledgement.Data!.Title);
        Assert.Null(modal.Message);
        Assert.Equal("kapper 💇", answer.Message!.Text);
        Assert.True(answer.Message.IsDirect);
    }

    [Fact]
    public void Plan_WithoutUserOrData_IsSkipped()
    {
        var interaction = Read("discord_interaction_slash_docs.json") with { Member = null };

        Assert.Null(InteractionTranslator.Plan(interaction));
    }

    [Fact]
    public void CommandText_SubCommandWithOptions_JoinsInOrder()
    {
        var data = new InteractionData
        {
            Name = "weekly",
            Options = [new CommandOptionValue { Name = "schedule", Type = 1, Options = [Option("day", "monday"), Option("time", "09:30"), Option("timezone", "Europe/Amsterdam")] }],
        };

        Assert.Equal("/weekly schedule monday 09:30 Europe/Amsterdam", CommandText.From(data));
        Assert.Equal("/risk copy writer", CommandText.From(new InteractionData { Name = "risk", Options = [Option("job", "  copy writer ")] }));
    }

    [Fact]
    public void CommandText_WeeklyLanguage_BecomesTheTextCommandTheDialogueReads()
    {
        var data = new InteractionData { Name = "weekly", Options = [new CommandOptionValue { Name = "language", Type = 1, Options = [Option("language", "nl")] }] };

        Assert.Equal("/weekly language nl", CommandText.From(data));
    }

    [Fact]
    public void CommandText_WeeklyPulseLine_BecomesTheTextCommandTheDialogueReads()
    {
        var data = new InteractionData { Name = "weekly", Options = [new CommandOptionValue { Name = "pulse", Type = 1, Options = [Option("line", "on")] }] };

        Assert.Equal("/weekly pulse on", CommandText.From(data));
    }

    [Fact]
    public void SlashCommands_Weekly_OffersEverySubCommandTheDialogueKnows()
    {
        var weekly = CareerBot.Discord.Commands.SlashCommands.All.Single(c => c.Name == "weekly");

        Assert.Equal(["now", "schedule", "pause", "resume", "skip", "status", "language", "pulse"], weekly.Options!.Select(o => o.Name));
        Assert.Equal("32", weekly.DefaultMemberPermissions);
    }

    private static CommandOptionValue Option(string name, string value) => new() { Name = name, Type = 3, Value = JsonSerializer.SerializeToElement(value) };

    private static DiscordInteraction Read(string file) =>
        JsonSerializer.Deserialize<DiscordInteraction>(File.ReadAllText(Path.Combine("Fixtures", file)), DiscordJson.Options)!;
}
