using CareerBot.Core.Conversations.Commands;
using CareerBot.Core.Messaging;
using CareerBot.Core.Texts;
using CareerBot.Discord.Delivery;
using CareerBot.Discord.Entities;
using CareerBot.Discord.Rest;

namespace CareerBot.Discord.Translation;

/// <summary>
/// INTERACTION_CREATE → the immediate acknowledgement and the IncomingMessage. Discreet commands in a server
/// (<see cref="CommandCatalog.IsDiscreet"/>: /career, /privacy, /forget, /weekly) are answered ephemerally; a button
/// press in a DM disables the pressed message's buttons (type 7); in private mode (DMs closed) the interview continues
/// in ephemeral replies. Group DMs and DMs between people (the app installed to a person) are shared places like a server,
/// answered through the interaction alone (<see cref="InteractionPlace"/>). Autocomplete (type 4) is not planned here:
/// <see cref="AutocompleteQuery"/> reads it and it is answered at once, outside the dialogue.
/// </summary>
internal static class InteractionTranslator
{
    private const int ApplicationCommand = 2;
    private const int MessageComponent = 3;
    private const int ModalSubmit = 5;

    public static InteractionPlan? Plan(DiscordInteraction interaction)
    {
        if (interaction.Invoker is not { } user || interaction.Data is not { } data)
        {
            return null;
        }

        // Shared: a server, or (installed to the person) a group DM or a DM between people; only the bot's DM is not.
        var shared = !InteractionPlace.InBotDm(interaction);
        var guildChannel = interaction.GuildId is not null && InteractionPlace.BotInChannel(interaction);
        var language = LanguageCodes.FromLocale(interaction.Locale);
        var message = new IncomingMessage
        {
            Key = new ConversationKey(Platform.Discord, user.Id),
            MessageId = interaction.Id,
            ReplyAddress = "",
            IsDirect = !shared,
            Locale = interaction.Locale,
            IsModerator = guildChannel && DiscordPermissions.CanModerate(interaction.Member?.Permissions),
            ChannelId = guildChannel ? interaction.ChannelId : null,
            Community = guildChannel ? interaction.GuildId : null, // a server counts only where it added the bot, not where one member installed it
            CanOpenPrivateChat = true, // Discord opens a DM by user id: /career here starts the interview there at once
        };

        switch (interaction.Type)
        {
            case ApplicationCommand:
                var ephemeral = shared && CommandCatalog.IsDiscreet(data.Name);
                return Deferred(interaction, message with { Text = CommandText.From(data) }, ephemeral, language, privateMode: false);
            case MessageComponent when data.CustomId == DiscordTexts.PrivatePayload:
                return Deferred(interaction, message with { Text = CommandCatalog.Career.AsTyped() }, ephemeral: shared, language, privateMode: false);
            case MessageComponent when data.CustomId == DiscordTexts.AnswerPayload:
                return new InteractionPlan(AnswerModal(language), null);
            case MessageComponent:
                return PressButton(interaction, message with { ChoicePayload = data.CustomId ?? "" }, language);
            case ModalSubmit:
                var text = data.Components?.SelectMany(row => row.Components ?? []).FirstOrDefault(c => c.CustomId == DiscordTexts.AnswerInputId)?.Value ?? "";
                return Deferred(interaction, message with { Text = text, IsDirect = true }, ephemeral: shared, language, privateMode: shared);
            default:
                return null;
        }
    }

    private static InteractionPlan Deferred(DiscordInteraction interaction, IncomingMessage message, bool ephemeral, Language language, bool privateMode)
    {
        var address = ReplyAddress.Interaction(interaction.ApplicationId, interaction.Token, FallbackChannel(interaction), ephemeral, originalPending: true, language, privateMode);
        var ack = new InteractionResponse(InteractionResponse.DeferredChannelMessage, ephemeral ? new MessagePayload { Flags = MessagePayload.Ephemeral, AllowedMentions = null } : null);
        return new InteractionPlan(ack, message with { ReplyAddress = address.Format() });
    }

    private static InteractionPlan PressButton(DiscordInteraction interaction, IncomingMessage message, Language language)
    {
        var source = interaction.Message;
        var ack = source?.Components is { Count: > 0 } rows
            ? new InteractionResponse(InteractionResponse.UpdateMessage, new MessagePayload { Components = MessageRenderer.DisableButtons(rows, interaction.Data?.CustomId), AllowedMentions = null })
            : new InteractionResponse(InteractionResponse.DeferredUpdateMessage);
        if (InteractionPlace.InBotDm(interaction))
        {
            return new InteractionPlan(ack, message with { ReplyAddress = ReplyAddress.Channel(interaction.ChannelId ?? source?.ChannelId ?? "").Format() });
        }

        if (((source?.Flags ?? 0) & MessagePayload.Ephemeral) != 0)
        {
            var address = ReplyAddress.Interaction(interaction.ApplicationId, interaction.Token, FallbackChannel(interaction), ephemeral: true, originalPending: false, language, privateMode: true);
            return new InteractionPlan(ack, message with { IsDirect = true, ReplyAddress = address.Format() });
        }

        // A button on a public message: answer only the person who pressed it, and leave the message as it is for others.
        return Deferred(interaction, message, ephemeral: true, language, privateMode: false);
    }

    /// <summary>Where a public reply goes when the interaction token ran out; none where the bot is not a member.</summary>
    private static string FallbackChannel(DiscordInteraction interaction) =>
        InteractionPlace.BotInChannel(interaction) ? interaction.ChannelId ?? "" : "";

    private static InteractionResponse AnswerModal(Language language) => new(InteractionResponse.Modal, new MessagePayload
    {
        CustomId = DiscordTexts.AnswerPayload,
        Title = DiscordTexts.AnswerTitle(language),
        AllowedMentions = null,
        Components =
        [
            new DiscordComponent
            {
                Type = 1,
                Components = [new DiscordComponent { Type = 4, CustomId = DiscordTexts.AnswerInputId, Style = 2, Label = DiscordTexts.AnswerTitle(language), Required = true, MaxLength = 1000 }],
            },
        ],
    });
}
