using CareerBot;

// Verbs: (none) run the bot; chat; match; risk.
var (verb, options) = CommandLine.Split(args);
using var host = CareerBotHost.Build(options);
return await CommandLine.RunAsync(host, verb, options);
