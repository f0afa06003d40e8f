using CareerBot;
using Microsoft.Extensions.Hosting;

// Verbs: (none) run the bot; chat; match; risk. Only the bot itself runs on ASP.NET Core (health, metrics, webhook).
var (verb, options) = CommandLine.Split(args);
using IHost host = verb is null ? CareerBotHost.BuildBot(options) : CareerBotHost.Build(options);
return await CommandLine.RunAsync(host, verb, options);
