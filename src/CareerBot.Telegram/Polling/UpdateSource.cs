using CareerBot.Telegram.Health;
using CareerBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;
using Telegram.Bot;

namespace CareerBot.Telegram.Polling;

/// <summary>The poll stage: long-polls getUpdates from the stored offset, and stores the next offset once a batch's turns are stored.</summary>
internal sealed class UpdateSource(
    ITelegramBotClient bot,
    TelegramChatState state,
    ResiliencePipelineProvider<string> pipelines,
    IOptions<TelegramOptions> options,
    TelegramStatus status,
    ILogger<UpdateSource> logger)
{
    private readonly ResiliencePipeline _poll = pipelines.GetPipeline(TelegramResilience.PollPipeline);
    private int? _offset;
    private bool _loaded;

    /// <summary>The next batch (possibly empty after the long-poll timeout); retries until Telegram answers or the token fires.</summary>
    public async Task<ReadUpdates> NextAsync(CancellationToken cancellationToken)
    {
        if (!_loaded)
        {
            _offset = await _poll.ExecuteAsync(async t => await state.GetOffsetAsync(t), cancellationToken);
            _loaded = true;
        }

        var request = new RawUpdatesRequest
        {
            Offset = _offset,
            Limit = options.Value.PollLimit,
            Timeout = options.Value.PollTimeoutSeconds,
            AllowedUpdates = SubscribedUpdates.All,
        };
        var items = await _poll.ExecuteAsync(async t => await bot.SendRequest(request, t), cancellationToken);
        status.Polled(items?.Length ?? 0);
        return items is { Length: > 0 } ? UpdateReader.Read(items, logger) : new ReadUpdates([], null);
    }

    /// <summary>Moves past the batch (or back to a failed update): one state write per batch, never per message.</summary>
    public async Task CommitAsync(int next, CancellationToken cancellationToken)
    {
        await state.SetOffsetAsync(next, cancellationToken);
        _offset = next;
    }
}
