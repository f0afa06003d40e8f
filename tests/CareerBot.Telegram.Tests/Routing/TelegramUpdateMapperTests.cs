using CareerBot.Core.Messaging;
using CareerBot.Telegram.Routing;
using CareerBot.Telegram.Tests.Support;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CareerBot.Telegram.Tests.Routing;

public sealed class TelegramUpdateMapperTests
{
    public static TheoryData<string, string> EveryFixture() => new()
    {
        { "telegram_callback_query_inaccessible_message.json", "Ignore" },
        { "telegram_chosen_inline_result.json", "InlineChosen" },
        { "telegram_inline_query.json", "InlineQuery" },
        { "telegram_message_forum_topic_created.json", "Ignore" },
        { "telegram_message_photo.json", "Hint" },
        { "telegram_message_private_cyrillic_emoji.json", "Dialogue" },
        { "telegram_message_sticker.json", "Hint" },
        { "telegram_my_chat_member_blocked.json", "Blocked" },
        { "telegram_private_text.json", "Dialogue" },
        { "telegram_private_text_short.json", "Dialogue" },
        { "telegram_supergroup_command_reply_thread.json", "Dialogue" },
        { "telegram_supergroup_pinned_service_message.json", "Ignore" },
        { "telegram_supergroup_story_no_text.json", "Ignore" },
        { "synthetic_callback_query_game.json", "Ignore" },
        { "synthetic_callback_query_inline_keyboard.json", "Dialogue" },
        { "synthetic_callback_query_photo_caption.json", "Dialogue" },
        { "synthetic_channel_post.json", "Ignore" },
        { "synthetic_edited_message.json", "Ignore" },
        { "synthetic_forum_topic_command.json", "Dialogue" },
        { "synthetic_group_chatter.json", "Ignore" },
        { "synthetic_group_command_botname.json", "Dialogue" },
        { "synthetic_group_command_other_bot.json", "Ignore" },
        { "synthetic_group_migrated.json", "Migrated" },
        { "synthetic_group_start.json", "Dialogue" },
        { "synthetic_group_weekly_anonymous_admin.json", "Dialogue" },
        { "synthetic_group_weekly_member.json", "Dialogue" },
        { "synthetic_my_chat_member_removed_from_group.json", "Blocked" },
        { "synthetic_my_chat_member_unblocked.json", "Unblocked" },
        { "synthetic_poll_answer.json", "Ignore" },
        { "synthetic_private_dice.json", "Hint" },
        { "synthetic_private_markup_specials.json", "Dialogue" },
        { "synthetic_private_start_deeplink.json", "Dialogue" },
        { "synthetic_private_start_no_entities.json", "Dialogue" },
        { "synthetic_unknown_update_type.json", "Ignore" },
    };

    [Fact]
    public void Map_FixtureList_CoversEveryUpdateFixtureOnDisk()
    {
        var listed = EveryFixture().Select(row => (string)row[0]).Order(StringComparer.Ordinal);

        Assert.Equal(Fixture.UpdateFiles(), listed);
    }

    [Theory]
    [MemberData(nameof(EveryFixture))]
    public void Map_EveryFixture_RoutesAsExpected(string file, string expectedKind)
    {
        var update = Fixture.Update(file);

        var route = TelegramUpdateMapper.Map(update, Some.Bot);

        Assert.Equal(expectedKind, route.Kind.ToString());
        Assert.Equal(route.Kind == RouteKind.Dialogue, route.Message is not null);
        if (route.Message is { } message)
        {
            Assert.Equal(Platform.Telegram, message.Key.Platform);
            Assert.Equal(update.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), message.MessageId);
            Assert.NotNull(ReplyAddress.TryParse(message.ReplyAddress));
            Assert.True(message.Text is not null ^ message.ChoicePayload is not null);
        }
    }

    [Fact]
    public void Map_GroupCommandAddressedToBot_StripsBotNameAndIsPublic()
    {
        var route = TelegramUpdateMapper.Map(Fixture.Update("synthetic_group_command_botname.json"), Some.Bot);

        var message = route.Message!;
        Assert.Equal("/risk nurse", message.Text);
        Assert.False(message.IsDirect);
        Assert.Equal("-1001234567890", message.ChannelId);
        Assert.Equal("5151", message.Key.UserId);
        Assert.Equal("en-US", message.Locale);
        Assert.Null(ReplyAddress.TryParse(message.ReplyAddress)!.ThreadId);
        Assert.Null(route.ModeratorCandidateUserId);
    }

    [Fact]
    public void Map_PrivateStartWithPayload_KeepsPayloadAndLocale()
    {
        var route = TelegramUpdateMapper.Map(Fixture.Update("synthetic_private_start_deeplink.json"), Some.Bot);

        Assert.Equal("/start career", route.Message!.Text);
        Assert.True(route.Message.IsDirect);
        Assert.Equal("nl", route.Message.Locale);
        Assert.Null(route.Message.ChannelId);
        Assert.Equal(Core.Texts.Language.Dutch, ReplyAddress.TryParse(route.Message.ReplyAddress)!.Language);
    }

    [Fact]
    public void Map_MarkupSpecialsAndEmoji_PassedThroughUntouched()
    {
        var route = TelegramUpdateMapper.Map(Fixture.Update("synthetic_private_markup_specials.json"), Some.Bot);

        Assert.Equal("<b>*_Nurse_* & [care](x)</b> 👩‍⚕️", route.Message!.Text);
    }

    [Fact]
    public void Map_ForumTopicCommand_RepliesIntoTheTopic()
    {
        var route = TelegramUpdateMapper.Map(Fixture.Update("synthetic_forum_topic_command.json"), Some.Bot);

        Assert.Equal("/risk teacher", route.Message!.Text);
        Assert.Equal(7, ReplyAddress.TryParse(route.Message.ReplyAddress)!.ThreadId);
    }

    [Fact]
    public void Map_ReplyThreadInNonForumGroup_DoesNotReplyIntoThread()
    {
        var route = TelegramUpdateMapper.Map(Fixture.Update("telegram_supergroup_command_reply_thread.json"), Some.Bot);

        Assert.Equal("/report", route.Message!.Text);
        Assert.Null(ReplyAddress.TryParse(route.Message.ReplyAddress)!.ThreadId);
    }

    [Fact]
    public void Map_WeeklyFromMember_AsksForModeratorCheck()
    {
        var route = TelegramUpdateMapper.Map(Fixture.Update("synthetic_group_weekly_member.json"), Some.Bot);

        Assert.Equal(5151, route.ModeratorCandidateUserId);
        Assert.False(route.Message!.IsModerator);
        Assert.Equal("/weekly now", route.Message.Text);
    }

    [Theory]
    [InlineData("/Weekly@CareerTestBot now", 5151L)]
    [InlineData("/weeklyplan@CareerTestBot now", null)]
    [InlineData("/risk@CareerTestBot nurse", null)]
    public void Map_GroupCommand_AsksForModeratorCheckOnlyForAModeratorCommand(string text, long? candidate)
    {
        var update = Fixture.Update("synthetic_group_weekly_member.json");
        update.Message!.Text = text;
        update.Message.Entities = [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = text.IndexOf(' ', StringComparison.Ordinal) }];

        var route = TelegramUpdateMapper.Map(update, Some.Bot);

        Assert.Equal(candidate, route.ModeratorCandidateUserId);
    }

    [Fact]
    public void Map_WeeklyFromAnonymousAdmin_IsModeratorWithoutCheck()
    {
        var route = TelegramUpdateMapper.Map(Fixture.Update("synthetic_group_weekly_anonymous_admin.json"), Some.Bot);

        Assert.True(route.Message!.IsModerator);
        Assert.Null(route.ModeratorCandidateUserId);
        Assert.Equal("-1001234567890", route.Message.Key.UserId);
    }

    [Fact]
    public void Map_ButtonPress_CarriesPayloadLabelAndQuestion()
    {
        var route = TelegramUpdateMapper.Map(Fixture.Update("synthetic_callback_query_inline_keyboard.json"), Some.Bot);

        Assert.Equal("goal:stay", route.Message!.ChoicePayload);
        Assert.Null(route.Message.Text);
        Assert.Equal(new PressedButton("77001", 4242, 20, "What do you want for your career?", "Stay in my job"), route.Button);
    }

    [Fact]
    public void Map_ButtonUnderAPhoto_QuestionIsTheCaption()
    {
        var route = TelegramUpdateMapper.Map(Fixture.Update("synthetic_callback_query_photo_caption.json"), Some.Bot);

        Assert.Equal("risk:more", route.Message!.ChoicePayload);
        Assert.Equal(new PressedButton("77002", 4242, 21, "Registered Nurses: automation risk low (0.9%).", "More", OnCaption: true), route.Button);
    }

    [Fact]
    public void Map_ButtonOnInaccessibleMessageWithoutData_OnlyAnswered()
    {
        var route = TelegramUpdateMapper.Map(Fixture.Update("telegram_callback_query_inaccessible_message.json"), Some.Bot);

        Assert.Equal("12345", route.Button!.QueryId);
        Assert.Null(route.Button.MessageId);
        Assert.Null(route.Message);
    }

    [Fact]
    public void Map_CallbackWithoutData_IgnoredButAnswered()
    {
        var route = TelegramUpdateMapper.Map(Fixture.Update("synthetic_callback_query_game.json"), Some.Bot);

        Assert.Equal(RouteKind.Ignore, route.Kind);
        Assert.Equal("77002", route.Button!.QueryId);
    }

    [Fact]
    public void Map_GroupMigrated_GivesNewChatId()
    {
        var route = TelegramUpdateMapper.Map(Fixture.Update("synthetic_group_migrated.json"), Some.Bot);

        Assert.Equal(-4008000001, route.ChatId);
        Assert.Equal(-1004008000001, route.MigratedToChatId);
    }

    [Fact]
    public void Map_CyrillicEmojiText_KeepsText()
    {
        var route = TelegramUpdateMapper.Map(Fixture.Update("telegram_message_private_cyrillic_emoji.json"), Some.Bot);

        Assert.Equal("Лол кек 😂", route.Message!.Text);
    }
}
