using CareerBot.Discord.Commands;
using CareerBot.Discord.Rest;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.Discord.Tests.Commands;

/// <summary>What CareerBot sends for commands and autocomplete, against the fake Discord's checks of Discord's documented limits.</summary>
public sealed class CommandShapeTests : IAsyncLifetime
{
    private readonly DiscordTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task OverwriteCommandsAsync_OurDefinitions_AreAccepted()
    {
        var sut = await _host.Rest.OverwriteCommandsAsync("app", null, SlashCommands.All, CancellationToken.None);

        Assert.Null(sut.Error);
    }

    [Fact]
    public async Task OverwriteCommandsAsync_AutocompleteBesideChoices_IsRefusedAsDiscordDoes()
    {
        var broken = SlashCommands.All.Select(c => c.Name == "risk"
            ? c with { Options = [c.Options![0] with { Choices = [new CommandChoice("Nurse", "29-1141")] }] }
            : c).ToList();

        var sut = await _host.Rest.OverwriteCommandsAsync("app", null, broken, CancellationToken.None);

        Assert.Equal((400, DiscordApiError.InvalidFormBody), (sut.Error!.HttpStatus, sut.Error.Code));
    }

    [Fact]
    public async Task AnswerAutocompleteAsync_MoreThan25Choices_IsRefusedAsDiscordDoes()
    {
        var choices = Enumerable.Range(0, 26).Select(i => new CommandChoice($"Job {i}", $"{i:00}-0000")).ToList();

        var sut = await _host.Rest.AnswerAutocompleteAsync("1", "t", new AutocompleteResponse(new AutocompleteChoices(choices)), CancellationToken.None);

        Assert.Equal(400, sut.Error!.HttpStatus);
    }
}
