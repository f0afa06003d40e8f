using CareerBot.Adapters;
using CareerBot.ConsoleChat;
using CareerBot.Dialogue;
using CareerBot.Discussions;
using CareerBot.Discord;
using CareerBot.Health;
using CareerBot.Http;
using CareerBot.Metrics;
using CareerBot.Pictures;
using CareerBot.Storage;
using CareerBot.Telegram;
using CareerBot.Verbs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace CareerBot;

/// <summary>Composes the host: every project registers itself; this only puts them together.</summary>
internal static class CareerBotHost
{
    /// <summary>The host for a verb (chat, match, risk) and for tests: everything but the HTTP side, which a verb never needs.</summary>
    public static IHost Build(string[] options)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = options,
            ContentRootPath = AppContext.BaseDirectory,
        });
        Compose(builder);
        return builder.Build();
    }

    /// <summary>
    /// The host that runs the bot: the same composition on ASP.NET Core, with GET /healthz, GET /metrics and
    /// POST /telegram/webhook on the standard <c>Urls</c> setting when <see cref="HttpServer.IsEnabled"/>.
    /// </summary>
    /// <param name="options">The command line after the verb.</param>
    /// <param name="customize">Tests only: replaces services (an in-memory server, fakes) after the composition.</param>
    public static WebApplication BuildBot(string[] options, Action<WebApplicationBuilder>? customize = null)
    {
        // The full builder, not the slim one: the slim one pins the console log format to "simple", and
        // Logging:Console:FormatterName=json must keep working as with the generic host.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = options,
            ContentRootPath = AppContext.BaseDirectory,
        });
        Compose(builder);
        var listening = HttpServer.IsEnabled(builder.Configuration);
        builder.Services.AddMetricsExport(builder.Configuration, prometheus: listening);
        builder.Services.AddSingleton<IValidateOptions<TelegramOptions>>(new WebhookNeedsAddress(listening));
        if (!listening)
        {
            builder.Services.AddSingleton<IServer, NoServer>();
        }

        customize?.Invoke(builder);
        var app = builder.Build();
        if (listening)
        {
            app.MapBotEndpoints();
        }

        if (BotTokens.AnyConfigured(app.Configuration))
        {
            HttpAnnouncement.Register(app, listening);
        }

        return app;
    }

    private static void Compose(IHostApplicationBuilder builder)
    {
        builder.Configuration.AddUserSecretsInEveryEnvironment();
        builder.Services.AddContentRootPaths(builder.Environment.ContentRootPath);

        // stdout belongs to the chat and the verbs' output; every log line goes to stderr.
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);

        // appsettings.json's timestamp format ends in a space to separate it from the level in single-line text; JSON needs none.
        builder.Services.PostConfigure<JsonConsoleFormatterOptions>(json => json.TimestampFormat = json.TimestampFormat?.TrimEnd());

        builder.Services.AddBotMetrics();
        builder.Services.AddStorage(builder.Configuration);
        builder.Services.AddDialogue();
        builder.Services.AddPictures();
        builder.Services.AddWeeklyPrompts();
        builder.Services.AddTelegramAdapter();
        builder.Services.AddConsoleChat(builder.Configuration);
        builder.Services.AddDiscordAdapter();
        builder.Services.AddChatAdapterSupervisor();
        builder.Services.AddHealth();
        builder.Services.AddSingleton<IVerb, RiskVerb>();
        builder.Services.AddSingleton<IVerb, MatchVerb>();
    }
}
