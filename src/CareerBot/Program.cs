using CareerBot;

// Verbs: (none) run the bot; chat; match; risk; --help; --version. Only the bot itself runs on ASP.NET Core (health, metrics, webhook).
return await CommandLine.RunAsync(args, Console.Out, Console.Error);
