using System.Text.Json;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Discord.Autocomplete;
using CareerBot.Discord.Commands;
using CareerBot.Discord.Gateway;
using CareerBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace CareerBot.Discord.Tests;

public sealed class DiscordEventRouterTests : IAsyncLifetime
{
    private readonly DiscordTestHost _host = new(services => services.AddDiscordAdapter());
    private readonly Mock<ITurnProcessor> _turns = new();
    private readonly List<string?> _handedOver = [];
    private readonly TaskCompletionSource _slowTurn = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task InitializeAsync()
    {
        // Turns that take long: the router hands each over before it returns (the returned task is the turn, for the handled sequence) and never reorders them.
        _turns.Setup(t => t.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()))
            .Callback((IncomingMessage m, CancellationToken _) => _handedOver.Add(m.Text ?? m.ChoicePayload))
            .Returns(async () =>
            {
                await _slowTurn.Task;
                return TurnReceipt.Repeated;
            });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _slowTurn.TrySetResult();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task HandleAsync_MessagesAndInteractionBackToBack_HandsEachOverBeforeReturningInArrivalOrder()
    {
        var sut = CreateSut();

        _ = sut.HandleAsync(Dispatch(GatewayDispatch.MessageCreate, Some.DirectMessage("first")), CancellationToken.None);
        _ = sut.HandleAsync(Dispatch(GatewayDispatch.InteractionCreate, Some.SlashCommand("risk", options: [new { name = "job", type = 3, value = "nurse" }])), CancellationToken.None);
        _ = sut.HandleAsync(Dispatch(GatewayDispatch.MessageCreate, Some.DirectMessage("third")), CancellationToken.None);

        Assert.Equal(["first", "/risk nurse", "third"], _handedOver);
        _turns.Verify(t => t.HandleAsync(It.Is<IncomingMessage>(m => m.CanOpenPrivateChat), It.IsAny<CancellationToken>()), Times.Exactly(3));
    }

    [Fact]
    public async Task HandleAsync_InteractionReplayed_AcknowledgedAndHandedOverOnce()
    {
        var sut = CreateSut();
        var interaction = Some.SlashCommand("stories");

        _ = sut.HandleAsync(Dispatch(GatewayDispatch.InteractionCreate, interaction), CancellationToken.None);
        _ = sut.HandleAsync(Dispatch(GatewayDispatch.InteractionCreate, interaction), CancellationToken.None);
        await _host.Server.WaitForRequestsAsync(r => r.Is("POST", "interactions/"));

        _turns.Verify(t => t.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Single(_host.Server.Requests, r => r.Is("POST", "interactions/"));
    }

    [Fact]
    public async Task HandleAsync_Autocomplete_AnsweredAtOnceWithoutATurnOrAnAcknowledgement()
    {
        var sut = CreateSut();
        var autocomplete = new
        {
            id = Autocomplete.AutocompleteResponderTests.Snowflake(_host.Time.GetUtcNow()),
            application_id = Some.BotId,
            type = 4,
            token = "ac-token",
            locale = "nl",
            guild_id = "290926798626357999",
            channel_id = "645027906669510667",
            member = new { user = Some.User(), permissions = "32" },
            data = new { name = "weekly", type = 1, options = new object[] { new { name = "schedule", type = 1, options = new object[] { new { name = "timezone", type = 3, value = "", focused = true } } } } },
        };

        var work = sut.HandleAsync(Dispatch(GatewayDispatch.InteractionCreate, autocomplete), CancellationToken.None);
        var answer = (await _host.Server.WaitForRequestsAsync(r => r.Is("POST", "interactions/")))[0];

        Assert.True(work.IsCompleted);
        Assert.Equal(8, answer.Json.GetProperty("type").GetInt32());
        Assert.Equal("Europe/Amsterdam", answer.Json.GetProperty("data").GetProperty("choices")[0].GetProperty("value").GetString());
        _turns.Verify(t => t.HandleAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private static GatewayDispatch Dispatch(string type, object data) =>
        new(type, JsonSerializer.SerializeToElement(data), 2);

    private DiscordEventRouter CreateSut() => new(
        _turns.Object,
        _host.Services.GetRequiredService<InteractionAcknowledgements>(),
        _host.Services.GetRequiredService<AutocompleteResponder>(),
        _host.Services.GetRequiredService<CommandRegistrar>(),
        _host.Rest,
        _host.Services.GetRequiredService<DiscordBotIdentity>(),
        NullLogger.Instance,
        _host.Stopping);
}
