using CareerBot.Adapters;
using CareerBot.ConsoleChat;
using CareerBot.Dialogue;
using CareerBot.Discussions;
using CareerBot.Discord;
using CareerBot.Health;
using CareerBot.Storage;
using CareerBot.Telegram;
using CareerBot.Verbs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace CareerBot;

/// <summary>Composes the host: every project registers itself; this only puts them together.</summary>
internal static class CareerBotHost
{
    public static IHost Build(string[] options)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = options,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddCommandLine(options, CommandLine.SwitchMappings);

        // stdout belongs to the chat and the verbs' output; every log line goes to stderr.
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);

        // appsettings.json's timestamp format ends in a space to separate it from the level in single-line text; JSON needs none.
        builder.Services.PostConfigure<JsonConsoleFormatterOptions>(json => json.TimestampFormat = json.TimestampFormat?.TrimEnd());

        builder.Services.AddStorage(builder.Configuration);
        builder.Services.AddDialogue();
        builder.Services.AddWeeklyPrompts();
        builder.Services.AddTelegramAdapter();
        builder.Services.AddConsoleChat(builder.Configuration);
        builder.Services.AddDiscordAdapter();
        builder.Services.AddChatAdapterSupervisor();
        builder.Services.AddHealth();
        builder.Services.AddSingleton<IVerb, RiskVerb>();
        builder.Services.AddSingleton<IVerb, MatchVerb>();
        return builder.Build();
    }
}
