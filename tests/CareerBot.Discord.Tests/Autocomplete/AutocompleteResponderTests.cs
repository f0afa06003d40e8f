using System.Globalization;
using System.Text.Json;
using CareerBot.Core.Conversations;
using CareerBot.Discord.Autocomplete;
using CareerBot.Discord.Entities;
using CareerBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Discord.Tests.Autocomplete;

public sealed class AutocompleteResponderTests : IAsyncLifetime
{
    private readonly DiscordTestHost _host = new(services =>
    {
        services.AddSingleton(SuggestingLookup.Create());
        services.AddDiscordAdapter();
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AnswerAsync_JobBeingTyped_AnswersWithType8AndTheOccupationsOnly()
    {
        var sut = CreateSut();
        var interaction = Risk(Snowflake(_host.Time.GetUtcNow().AddMilliseconds(-300)), "nur");

        await sut.AnswerAsync(interaction, _host.Time.GetTimestamp(), CancellationToken.None);

        var request = Assert.Single(_host.Server.Requests);
        Assert.Equal(("POST", $"interactions/{interaction.Id}/ac-token/callback"), (request.Method, request.Path));
        Assert.Equal(8, request.Json.GetProperty("type").GetInt32());
        var first = request.Json.GetProperty("data").GetProperty("choices")[0];
        Assert.Equal("Registered Nurses", first.GetProperty("name").GetString());
        Assert.Equal("29-1141", first.GetProperty("value").GetString());
        Assert.Equal(["name", "value"], first.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task AnswerAsync_MadeMoreThanTenSecondsAgo_IsDroppedAsReplayedAndLogged()
    {
        var sut = CreateSut();
        var interaction = Risk(Snowflake(_host.Time.GetUtcNow().AddSeconds(-11)), "nur");

        await sut.AnswerAsync(interaction, _host.Time.GetTimestamp(), CancellationToken.None);

        Assert.Empty(_host.Server.Requests);
        Assert.Contains(_host.Logs.Lines, line => line.Contains(" 5070 ", StringComparison.Ordinal));
        Assert.DoesNotContain(_host.Logs.Lines, line => line.Contains("ac-token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnswerAsync_SnowflakeThreeSecondsOldByAClockRunningAhead_IsStillAnswered()
    {
        var sut = CreateSut();
        var interaction = Risk(Snowflake(_host.Time.GetUtcNow().AddSeconds(-3)), "nur");

        await sut.AnswerAsync(interaction, _host.Time.GetTimestamp(), CancellationToken.None);

        Assert.Single(_host.Server.Requests);
    }

    [Fact]
    public async Task AnswerAsync_HeldTwoAndAHalfSecondsSinceItArrived_IsDroppedAndLogged()
    {
        var sut = CreateSut();
        var interaction = Risk(Snowflake(_host.Time.GetUtcNow()), "nur");
        var receivedAt = _host.Time.GetTimestamp();
        _host.Time.Advance(AutocompleteResponder.AnswerWithin);

        await sut.AnswerAsync(interaction, receivedAt, CancellationToken.None);

        Assert.Empty(_host.Server.Requests);
        Assert.Contains(_host.Logs.Lines, line => line.Contains(" 5070 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnswerAsync_NothingToSuggest_AnswersWithNoChoices()
    {
        var sut = CreateSut();
        var interaction = Risk(Snowflake(_host.Time.GetUtcNow()), "x") with { Data = new InteractionData { Name = "help", Type = 1 } };

        await sut.AnswerAsync(interaction, _host.Time.GetTimestamp(), CancellationToken.None);

        var request = Assert.Single(_host.Server.Requests);
        Assert.Equal(0, request.Json.GetProperty("data").GetProperty("choices").GetArrayLength());
    }

    [Fact]
    public async Task AnswerAsync_TimeZoneUnderWeeklySchedule_OffersMatchingZones()
    {
        var sut = CreateSut();
        var interaction = Risk(Snowflake(_host.Time.GetUtcNow()), "x") with
        {
            Data = JsonSerializer.Deserialize<InteractionData>(
                """{"name":"weekly","type":1,"options":[{"name":"schedule","type":1,"options":[{"name":"day","type":3,"value":"friday"},{"name":"timezone","type":3,"value":"amster","focused":true}]}]}""",
                DiscordJson.Options),
        };

        await sut.AnswerAsync(interaction, _host.Time.GetTimestamp(), CancellationToken.None);

        var first = Assert.Single(_host.Server.Requests).Json.GetProperty("data").GetProperty("choices")[0];
        Assert.Equal("Europe/Amsterdam", first.GetProperty("value").GetString());
    }

    [Fact]
    public async Task AnswerAsync_SuggestionsFail_StillAnswersWithNoChoices()
    {
        var sut = new AutocompleteResponder(_host.Rest, _host.Time, new Microsoft.Extensions.Logging.Abstractions.NullLogger<AutocompleteResponder>(), SuggestingLookup.Failing());

        await sut.AnswerAsync(Risk(Snowflake(_host.Time.GetUtcNow()), "nur"), _host.Time.GetTimestamp(), CancellationToken.None);

        Assert.Equal(0, Assert.Single(_host.Server.Requests).Json.GetProperty("data").GetProperty("choices").GetArrayLength());
    }

    /// <summary>A snowflake made at <paramref name="at"/>, as Discord's ids are.</summary>
    internal static string Snowflake(DateTimeOffset at) =>
        ((ulong)(at.ToUnixTimeMilliseconds() - 1420070400000) << 22).ToString(CultureInfo.InvariantCulture);

    private static DiscordInteraction Risk(string id, string typed) => new()
    {
        Id = id,
        ApplicationId = Some.BotId,
        Type = 4,
        Token = "ac-token",
        Locale = "en-US",
        GuildId = "290926798626357999",
        ChannelId = "645027906669510667",
        Member = new DiscordMember { User = new DiscordUser { Id = "53908232506183680" } },
        Data = new InteractionData
        {
            Name = "risk",
            Type = 1,
            Options = [new CommandOptionValue { Name = "job", Type = 3, Value = JsonSerializer.SerializeToElement(typed), Focused = true }],
        },
    };

    private AutocompleteResponder CreateSut() => _host.Services.GetRequiredService<AutocompleteResponder>();
}
