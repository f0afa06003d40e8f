using CareerBot;
using Microsoft.Extensions.Configuration;
using CareerBot.Storage.LiteDb;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using CareerBot.Verbs;

// Verbs: (none) run the bot; chat; match; risk. Composition only: each project registers itself.
var (verb, options) = CommandLine.Split(args);
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = options,
    ContentRootPath = AppContext.BaseDirectory,
});
builder.Configuration.AddCommandLine(options, CommandLine.SwitchMappings);
// Logs go to stderr so that verbs (match, risk) own stdout.
builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
builder.Services.AddLiteDbStorage();
builder.Services.AddSingleton<IVerb, MatchVerb>();

using var host = builder.Build();
return await CommandLine.RunAsync(host, verb, options);
