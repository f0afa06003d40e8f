using System.Text.Json;
using CareerBot.Discord.Commands;

namespace CareerBot.Discord.Tests.Commands;

public sealed class CommandCatalogTests
{
    private const string Recorded = "Recorded/application_commands.json";

    [Fact]
    public void All_AsBulkOverwriteBody_MatchesTheRecordedPayload()
    {
        // Serialized the way DiscordRestClient writes a request body (by runtime type), so this is the body as sent.
        var sut = JsonSerializer.Serialize((object)CommandCatalog.All, CommandCatalog.All.GetType(), DiscordJson.Options);

        Assert.Equal(File.ReadAllText(Recorded).TrimEnd(), sut);
    }
}
