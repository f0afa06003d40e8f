using System.Collections.Concurrent;
using CareerBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace CareerBot.Telegram.Polling;

/// <summary>
/// The turn stage: runs a batch's updates as stored turns, chats in parallel and each chat in order. It returns once
/// every turn is stored, not sent (sending is the dispatcher's), so the offset can move on at once.
/// </summary>
internal sealed class UpdateTurns(UpdateHandler handler, TokenRedactor redactor, ILogger<UpdateTurns> logger)
{
    private const int MaxAttemptsPerUpdate = 3;
    private readonly ConcurrentDictionary<int, int> _failures = new();

    /// <summary>Runs a batch; returns the id of the first update to poll again (one that failed), or null.</summary>
    public async Task<int?> RunAsync(Update[] updates, CancellationToken cancellationToken)
    {
        var failed = new ConcurrentBag<int>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(UpdateBatch.ByChat(updates), parallel, async (chatUpdates, token) =>
        {
            foreach (var update in chatUpdates)
            {
                if (!await TryHandleAsync(update, token))
                {
                    failed.Add(update.Id);
                    return; // later updates of this chat wait for it
                }
            }
        });
        return failed.IsEmpty ? null : failed.Min();
    }

    private async Task<bool> TryHandleAsync(Update update, CancellationToken cancellationToken)
    {
        try
        {
            await handler.HandleAsync(update, cancellationToken);
            _failures.TryRemove(update.Id, out _);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var attempts = _failures.AddOrUpdate(update.Id, 1, (_, n) => n + 1);
            Log.UpdateFailed(logger, update.Id, attempts, redactor.Scrub(ex));
            if (attempts < MaxAttemptsPerUpdate)
            {
                return false;
            }

            // A poison update must not stop the bot: give up on it after a few tries.
            _failures.TryRemove(update.Id, out _);
            Log.UpdateSkipped(logger, update.Id);
            return true;
        }
    }
}
