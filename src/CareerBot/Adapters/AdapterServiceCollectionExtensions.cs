using CareerBot.Core.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Adapters;

/// <summary>Registers the supervisor that chat adapters report to when they stop for good.</summary>
internal static class AdapterServiceCollectionExtensions
{
    public static IServiceCollection AddChatAdapterSupervisor(this IServiceCollection services)
    {
        services.AddSingleton<ChatAdapterSupervisor>();
        services.AddSingleton<IChatAdapterSupervisor>(sp => sp.GetRequiredService<ChatAdapterSupervisor>());
        return services;
    }
}
