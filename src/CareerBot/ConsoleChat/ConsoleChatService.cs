using Microsoft.Extensions.Hosting;

namespace CareerBot.ConsoleChat;

/// <summary>The default when no bot token is configured: a local chat in the terminal; the host stops at the end of input.</summary>
internal sealed class ConsoleChatService(IServiceProvider services, IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (and its start-up logging) before the first prompt.
        await Task.Yield();
        var session = new ConsoleChatSession(services, Console.In, Console.Out);
        try
        {
            await Console.Out.WriteLineAsync("CareerBot — local chat. Type a message (or /help); Ctrl+D to quit.\n");
            await session.RunAsync(ChatOptions.DefaultUser, locale: null, stoppingToken);
        }
        finally
        {
            lifetime.StopApplication();
        }
    }
}
