using CareerBot;
using CareerBot.Discord;
using Microsoft.Extensions.Configuration;
using CareerBot.Storage.LiteDb;
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
builder.Services.AddDiscordAdapter();

using var host = builder.Build();
return await CommandLine.RunAsync(host, verb, options);
