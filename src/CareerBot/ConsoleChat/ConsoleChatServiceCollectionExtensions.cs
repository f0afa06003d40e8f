using CareerBot.Adapters;
using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging.Delivery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.ConsoleChat;

/// <summary>Registers the console adapter: the <c>chat</c> verb always, the interactive chat only when no bot token is configured.</summary>
internal static class ConsoleChatServiceCollectionExtensions
{
    public static IServiceCollection AddConsoleChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IVerb, ChatVerb>();
        services.AddSingleton<ConsoleChannelPoster>();
        services.AddSingleton<IChannelPoster>(sp => sp.GetRequiredService<ConsoleChannelPoster>());
        services.AddSingleton<ConsoleModerator>();
        services.AddSingleton<PictureFolder>();
        services.AddSingleton<ConsoleReplySender>();
        services.AddSingleton<IReplySender>(sp => sp.GetRequiredService<ConsoleReplySender>());
        if (!BotTokens.AnyConfigured(configuration))
        {
            services.AddHostedService<ConsoleChatService>();
        }

        return services;
    }
}
