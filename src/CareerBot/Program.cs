using CareerBot;
using Microsoft.Extensions.Configuration;
using CareerBot.Storage.LiteDb;
using CareerBot.Telegram;
using Microsoft.Extensions.Hosting;

// Verbs: (none) run the bot; chat; match; risk. Composition only: each project registers itself.
var (verb, options) = CommandLine.Split(args);
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = options,
    ContentRootPath = AppContext.BaseDirectory,
});
builder.Configuration.AddCommandLine(options, CommandLine.SwitchMappings);
builder.Services.AddLiteDbStorage();
builder.Services.AddTelegramAdapter();

using var host = builder.Build();
return await CommandLine.RunAsync(host, verb, options);
