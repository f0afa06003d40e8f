using System.Text.Json;
using CareerBot.Telegram.Polling;
using Telegram.Bot;
using Telegram.Bot.Requests;

namespace CareerBot.Telegram.Tests.Polling;

public sealed class BotCommandsPublisherTests
{
    private const string Recorded = "Recorded/set_my_commands.json";

    private static readonly JsonSerializerOptions Readable = new(JsonBotAPI.Options)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public void Menus_AsSetMyCommandsBodies_MatchTheRecordedPayload()
    {
        var sut = Bodies();

        Assert.Equal(File.ReadAllText(Recorded).TrimEnd(), sut);
    }

    // The setMyCommands request bodies Telegram.Bot sends, one per scope and language; indented and with letters like 'é'
    // unescaped so that a change to a menu reads as a plain diff.
    private static string Bodies() => JsonSerializer.Serialize(
        BotCommandsPublisher.Menus.Select(m => new SetMyCommandsRequest { Commands = m.Commands, Scope = m.Scope, LanguageCode = m.Language }),
        Readable);
}
