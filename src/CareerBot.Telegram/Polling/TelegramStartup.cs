using CareerBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Registry;
using Telegram.Bot;

namespace CareerBot.Telegram.Polling;

/// <summary>What polling needs first: who the bot is, no webhook in the way, and the command menus published.</summary>
internal sealed class TelegramStartup(
    ITelegramBotClient bot,
    BotIdentityProvider identity,
    BotCommandsPublisher commands,
    ResiliencePipelineProvider<string> pipelines,
    ILogger<TelegramStartup> logger)
{
    private readonly ResiliencePipeline _poll = pipelines.GetPipeline(TelegramResilience.PollPipeline);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var me = await _poll.ExecuteAsync(async t => await identity.GetAsync(t), cancellationToken);
        Log.Started(logger, me.Username);
        await _poll.ExecuteAsync(async t => await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken: t), cancellationToken);
        await commands.PublishAsync(cancellationToken);
    }
}
