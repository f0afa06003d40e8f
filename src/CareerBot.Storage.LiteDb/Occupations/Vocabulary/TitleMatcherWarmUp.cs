using CareerBot.Core.Occupations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerBot.Storage.LiteDb.Occupations.Vocabulary;

/// <summary>Builds the title matcher in the background when the bot starts, so start-up does not wait for it.</summary>
internal sealed class TitleMatcherWarmUp(IServiceProvider services) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Run(() => services.GetRequiredService<ITitleMatcher>(), stoppingToken);
}
