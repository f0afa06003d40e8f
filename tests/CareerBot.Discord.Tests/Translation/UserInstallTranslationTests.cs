using System.Text.Json;
using CareerBot.Discord.Delivery;
using CareerBot.Discord.Entities;
using CareerBot.Discord.Rest;
using CareerBot.Discord.Translation;

namespace CareerBot.Discord.Tests.Translation;

/// <summary>
/// Interactions where the app was installed by a person (user install): a server without the bot, a group DM. The bot
/// answers there only through the interaction, so no reply may fall back to a channel message.
/// </summary>
public sealed class UserInstallTranslationTests
{
    private const string BothInstalls = "discord_interaction_modal_guild_and_user_install.json";
    private const string GroupDm = "discord_interaction_group_dm_user_install_built.json";

    [Fact]
    public void Plan_RealModalWhereServerAndPersonInstalledIt_KeepsTheChannelAsFallback()
    {
        var interaction = Read(BothInstalls);

        var sut = InteractionTranslator.Plan(interaction)!;

        Assert.Equal((0, true), (interaction.Context, InteractionPlace.BotInChannel(interaction)));
        Assert.True(sut.Message!.IsDirect); // a modal carries the typed answer of the private interview
        Assert.Equal("1317207700261834803", sut.Message.ChannelId);
        Assert.Equal("1317207700261834803", ReplyAddress.Parse(sut.Message.ReplyAddress)!.ChannelId);
    }

    [Fact]
    public void Plan_SlashInAServerWithoutTheBot_AnswersOnlyThroughTheInteraction()
    {
        var interaction = Read(BothInstalls) with
        {
            Type = 2,
            AuthorizingIntegrationOwners = new Dictionary<string, string> { ["1"] = "506759329068613643" },
            Data = new InteractionData { Name = "risk", Type = 1, Options = [Option("job", "nurse")] },
        };

        var sut = InteractionTranslator.Plan(interaction)!;

        Assert.False(InteractionPlace.BotInChannel(interaction));
        Assert.Equal("/risk nurse", sut.Message!.Text);
        Assert.False(sut.Message.IsDirect);
        Assert.Null(sut.Message.ChannelId);
        Assert.False(sut.Message.IsModerator);
        var address = ReplyAddress.Parse(sut.Message.ReplyAddress)!;
        Assert.Equal((ReplyKind.Interaction, "", false), (address.Kind, address.ChannelId, address.Ephemeral));
    }

    [Fact]
    public void Plan_SlashInAGroupDm_IsSharedAndAnsweredThroughTheInteraction()
    {
        var interaction = Read(GroupDm);

        var sut = InteractionTranslator.Plan(interaction)!;

        Assert.Equal((2, false, false), (interaction.Context, InteractionPlace.InBotDm(interaction), InteractionPlace.BotInChannel(interaction)));
        Assert.False(sut.Message!.IsDirect);
        Assert.Null(sut.Message.ChannelId);
        Assert.Equal("nl", sut.Message.Locale);
        var address = ReplyAddress.Parse(sut.Message.ReplyAddress)!;
        Assert.Equal((ReplyKind.Interaction, ""), (address.Kind, address.ChannelId));
        Assert.Null(sut.Acknowledgement.Data); // /risk is public: the whole group sees the card
    }

    [Fact]
    public void Plan_DiscreetCommandInAGroupDm_IsEphemeral()
    {
        var interaction = Read(GroupDm) with { Data = new InteractionData { Name = "privacy", Type = 1 } };

        var sut = InteractionTranslator.Plan(interaction)!;

        Assert.Equal(MessagePayload.Ephemeral, sut.Acknowledgement.Data!.Flags);
        Assert.True(ReplyAddress.Parse(sut.Message!.ReplyAddress)!.Ephemeral);
    }

    [Fact]
    public void Plan_ButtonOnAPublicCardInAGroupDm_AnswersThePresserThroughTheInteractionNotTheChannel()
    {
        var interaction = Read(GroupDm) with
        {
            Type = 3,
            Data = new InteractionData { CustomId = "risk:29-1141", ComponentType = 2 },
            Message = new DiscordMessage { Id = "1094607962556879000", ChannelId = "1094480851804360999" },
        };

        var sut = InteractionTranslator.Plan(interaction)!;

        var address = ReplyAddress.Parse(sut.Message!.ReplyAddress)!;
        Assert.Equal((ReplyKind.Interaction, "", true), (address.Kind, address.ChannelId, address.Ephemeral));
        Assert.Equal(InteractionResponse.DeferredChannelMessage, sut.Acknowledgement.Type);
    }

    [Fact]
    public void Plan_ButtonInTheBotsDm_StillAnswersInTheDmChannel()
    {
        var interaction = Read(GroupDm) with
        {
            Type = 3,
            Context = 1,
            AuthorizingIntegrationOwners = new Dictionary<string, string> { ["0"] = "0" },
            Data = new InteractionData { CustomId = "risk:29-1141", ComponentType = 2 },
            Message = new DiscordMessage { Id = "1094607962556879000", ChannelId = "1094480851804360999" },
        };

        var sut = InteractionTranslator.Plan(interaction)!;

        Assert.True(sut.Message!.IsDirect);
        Assert.Equal(ReplyKind.Channel, ReplyAddress.Parse(sut.Message.ReplyAddress)!.Kind);
    }

    private static CommandOptionValue Option(string name, string value) =>
        new() { Name = name, Type = 3, Value = JsonSerializer.SerializeToElement(value) };

    private static DiscordInteraction Read(string file) =>
        JsonSerializer.Deserialize<DiscordInteraction>(File.ReadAllText(Path.Combine("Fixtures", file)), DiscordJson.Options)!;
}
