using CareerBot.Core.Messaging;
using CareerBot.Telegram.Polling;
using CareerBot.Telegram.Tests.Support;

namespace CareerBot.Telegram.Tests.Polling;

public sealed class UpdateHandlerTests : IAsyncDisposable
{
    private readonly AdapterHarness _harness = new();

    [Fact]
    public async Task HandleAsync_PrivateText_TurnRunAndReplyDeliveredAndConfirmed()
    {
        var sut = CreateSut();

        await HandleAsync(sut, "telegram_private_text.json");

        var handled = Assert.Single(_harness.Processor.Handled);
        Assert.Equal("hello there", handled.Text);
        Assert.Equal("echo hello there", Assert.Single(_harness.Api.CallsTo("sendMessage")).Text);
        Assert.Single(_harness.Processor.Confirmed);
    }

    [Fact]
    public async Task HandleAsync_SameUpdateTwice_RepliedOnce()
    {
        var sut = CreateSut();

        await HandleAsync(sut, "telegram_private_text.json");
        await HandleAsync(sut, "telegram_private_text.json");

        Assert.Single(_harness.Api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task HandleAsync_ButtonPress_AnsweredQuestionEditedAndTurnRun()
    {
        var sut = CreateSut();

        await HandleAsync(sut, "synthetic_callback_query_inline_keyboard.json");

        Assert.Equal("77001", Assert.Single(_harness.Api.CallsTo("answerCallbackQuery")).Body["callback_query_id"]!.GetValue<string>());
        var edit = Assert.Single(_harness.Api.CallsTo("editMessageText"));
        Assert.Equal(20, edit.Body["message_id"]!.GetValue<int>());
        Assert.Contains("Stay in my job", edit.Text, StringComparison.Ordinal);
        Assert.StartsWith("What do you want for your career?", edit.Text, StringComparison.Ordinal);
        Assert.Equal("goal:stay", Assert.Single(_harness.Processor.Handled).ChoicePayload);
    }

    [Fact]
    public async Task HandleAsync_ButtonUnderAPhoto_CaptionMarkedAndTurnRun()
    {
        var sut = CreateSut();

        await HandleAsync(sut, "synthetic_callback_query_photo_caption.json");

        var edit = Assert.Single(_harness.Api.CallsTo("editMessageCaption"));
        Assert.Equal(21, edit.Body["message_id"]!.GetValue<int>());
        Assert.StartsWith("Registered Nurses: automation risk low (0.9%).", edit.Caption, StringComparison.Ordinal);
        Assert.EndsWith(": More", edit.Caption, StringComparison.Ordinal);
        Assert.False(edit.Body.ContainsKey("reply_markup"));
        Assert.Empty(_harness.Api.CallsTo("editMessageText"));
        Assert.Equal("risk:more", Assert.Single(_harness.Processor.Handled).ChoicePayload);
    }

    [Fact]
    public async Task HandleAsync_ButtonPressDeliveredAgain_AnsweredAndMarkedButNotRepliedTwice()
    {
        var sut = CreateSut();

        await HandleAsync(sut, "synthetic_callback_query_inline_keyboard.json");
        await HandleAsync(sut, "synthetic_callback_query_inline_keyboard.json");

        Assert.Equal(2, _harness.Api.CallsTo("answerCallbackQuery").Count);
        Assert.Equal(2, _harness.Api.CallsTo("editMessageText").Count);
        Assert.Single(_harness.Api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task HandleAsync_AnswerCallbackFails_TurnStillRuns()
    {
        var sut = CreateSut();
        _harness.Api.Script("answerCallbackQuery", ApiReply.Error(400, "Bad Request: query is too old and response timeout expired"));

        await HandleAsync(sut, "synthetic_callback_query_inline_keyboard.json");

        Assert.Single(_harness.Processor.Handled);
    }

    [Theory]
    [InlineData("telegram_message_sticker.json")]
    [InlineData("telegram_message_photo.json")]
    [InlineData("synthetic_private_dice.json")]
    public async Task HandleAsync_NonTextInPrivate_OneHintEvenIfDeliveredAgain(string fixture)
    {
        var sut = CreateSut();

        await HandleAsync(sut, fixture);
        await HandleAsync(sut, fixture);

        Assert.Empty(_harness.Processor.Handled);
        Assert.Single(_harness.Api.CallsTo("sendMessage"));
    }

    [Theory]
    [InlineData("synthetic_group_chatter.json")]
    [InlineData("synthetic_group_command_other_bot.json")]
    [InlineData("synthetic_edited_message.json")]
    [InlineData("synthetic_unknown_update_type.json")]
    [InlineData("telegram_supergroup_pinned_service_message.json")]
    public async Task HandleAsync_NotForTheDialogue_Silent(string fixture)
    {
        var sut = CreateSut();

        await HandleAsync(sut, fixture);

        Assert.Empty(_harness.Processor.Handled);
        Assert.DoesNotContain(_harness.Api.Calls, c => c.Method is "sendMessage" or "editMessageText");
    }

    [Fact]
    public async Task HandleAsync_GroupStart_DeepLinkButtonInGroupNamesTheGroup()
    {
        var sut = CreateSut();
        _harness.Processor.Reply = _ => [new OutgoingMessage { Text = "Let's talk in private.", InvitesPrivateChat = true }];

        await HandleAsync(sut, "synthetic_group_start.json");

        var call = Assert.Single(_harness.Api.CallsTo("sendMessage"));
        Assert.Equal(-1001234567890, call.ChatId);
        Assert.Equal("https://t.me/CareerTestBot?start=career-g1001234567890-" + Some.Bot.GroupLinks.Sign(-1001234567890), call.Body["reply_markup"]!["inline_keyboard"]![0]![0]!["url"]!.GetValue<string>());
        var handled = Assert.Single(_harness.Processor.Handled);
        Assert.False(handled.IsDirect);
        Assert.Equal("-1001234567890", handled.Community);
    }

    [Theory]
    [InlineData("administrator", true)]
    [InlineData("creator", true)]
    [InlineData("member", false)]
    public async Task HandleAsync_WeeklyCommand_ModeratorFromGetChatMember(string status, bool expected)
    {
        var sut = CreateSut();
        _harness.Api.ChatMemberStatus = status;

        await HandleAsync(sut, "synthetic_group_weekly_member.json");

        Assert.Equal(expected, Assert.Single(_harness.Processor.Handled).IsModerator);
        Assert.Equal(5151, Assert.Single(_harness.Api.CallsTo("getChatMember")).Body["user_id"]!.GetValue<long>());
    }

    [Fact]
    public async Task HandleAsync_WeeklyFromAnonymousAdmin_ModeratorWithoutApiCall()
    {
        var sut = CreateSut();

        await HandleAsync(sut, "synthetic_group_weekly_anonymous_admin.json");

        Assert.True(Assert.Single(_harness.Processor.Handled).IsModerator);
        Assert.Empty(_harness.Api.CallsTo("getChatMember"));
    }

    [Fact]
    public async Task HandleAsync_BlockedThenUnblocked_ChatStateFollows()
    {
        var sut = CreateSut();

        await HandleAsync(sut, "synthetic_my_chat_member_unblocked.json");
        await _harness.Chats.SetBlockedAsync(4242, true, CancellationToken.None);
        var blocked = await _harness.Chats.IsBlockedAsync(4242, CancellationToken.None);
        await HandleAsync(sut, "synthetic_my_chat_member_unblocked.json");

        Assert.True(blocked);
        Assert.False(await _harness.Chats.IsBlockedAsync(4242, CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_BlockedUpdate_MarksChatBlocked()
    {
        var sut = CreateSut();

        await HandleAsync(sut, "telegram_my_chat_member_blocked.json");

        Assert.True(await _harness.Chats.IsBlockedAsync(0, CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_GroupMigrated_RepliesFollowToNewId()
    {
        var sut = CreateSut();

        await HandleAsync(sut, "synthetic_group_migrated.json");

        Assert.Equal(-1004008000001, await _harness.Chats.ResolveAsync(-4008000001, CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_UnsignedGroupLink_StartsWithoutCommunityAndLogsTheKindNotThePayload()
    {
        var sut = CreateSut();
        var update = System.Text.Json.JsonSerializer.Deserialize<global::Telegram.Bot.Types.Update>(Some.PrivateText(77, "/start career-g1001234567890"), global::Telegram.Bot.JsonBotAPI.Options)!;

        await _harness.DriveAsync(sut.HandleAsync(update, CancellationToken.None));
        await _harness.SettledAsync();

        var handled = Assert.Single(_harness.Processor.Handled);
        Assert.Equal("/start career", handled.Text);
        Assert.Null(handled.Community);
        Assert.Contains(_harness.Logs.Lines, line => line.Contains("deep link (unsigned)", StringComparison.Ordinal));
        Assert.All(_harness.Logs.Lines, line => Assert.DoesNotContain("1001234567890", line, StringComparison.Ordinal));
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    private async Task HandleAsync(UpdateHandler sut, string fixture)
    {
        await _harness.DriveAsync(sut.HandleAsync(Fixture.Update(fixture), CancellationToken.None));
        await _harness.SettledAsync();
        await _harness.WaitUntilAsync(() => false, maxSteps: 5); // the button acknowledgements run beside the turn
    }

    private UpdateHandler CreateSut() => _harness.Get<UpdateHandler>();
}
