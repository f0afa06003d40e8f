using System.CommandLine;
using CareerBot.Core.Occupations;
using CareerBot.Storage.LiteDb.Occupations;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.ConsoleChat;

/// <summary><c>chat [--user ID] [--db PATH] [--lang en|nl] [--moderator]</c>: the person's lines from stdin, the bot's replies on stdout.</summary>
internal sealed class ChatVerb : IVerb
{
    public string Name => "chat";

    public async Task<int> RunAsync(IServiceProvider services, ParseResult command, CancellationToken cancellationToken)
    {
        var chat = ChatOptions.From(command);
        // The matcher's index and the occupation store load independently: build both at once.
        var matcher = Task.Run(services.GetRequiredService<ITitleMatcher>, cancellationToken);
        await services.GetRequiredService<OccupationData>().EnsureReadyAsync(cancellationToken);
        await matcher;
        var moderator = chat.Moderator ? services.GetRequiredService<ConsoleModerator>() : null;
        var session = new ConsoleChatSession(services, Console.In, Console.Out, moderator);
        await session.RunAsync(chat.UserId, chat.Locale, cancellationToken);
        return 0;
    }
}
