using CareerBot;
using CareerBot.Verbs;
using Microsoft.Extensions.Configuration;
using CareerBot.Storage.LiteDb;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// Verbs: (none) run the bot; chat; match; risk. Composition only: each project registers itself.
var (verb, options) = CommandLine.Split(args);
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = options,
    ContentRootPath = AppContext.BaseDirectory,
});
builder.Configuration.AddCommandLine(options, CommandLine.SwitchMappings);

// Every log line goes to stderr: stdout belongs to the verbs' output (risk/match lines, the console chat).
builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
builder.Services.AddLiteDbStorage();
builder.Services.AddSingleton<IVerb, RiskVerb>();

using var host = builder.Build();
return await CommandLine.RunAsync(host, verb, options);
