using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace CareerBot.Telegram.Polling;

/// <summary>Is this user the group's creator or an administrator? Asks getChatMember, trusts the answer briefly.</summary>
internal sealed class ModeratorCheck(
    ITelegramBotClient bot, TimeProvider timeProvider, IOptions<TelegramOptions> options, TokenRedactor redactor, ILogger<ModeratorCheck> logger)
{
    private readonly ConcurrentDictionary<(long Chat, long User), (bool IsAdmin, DateTimeOffset Until)> _cache = new();

    public async Task<bool> IsModeratorAsync(long chatId, long userId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (_cache.TryGetValue((chatId, userId), out var cached) && cached.Until > now)
        {
            return cached.IsAdmin;
        }

        bool isAdmin;
        try
        {
            var member = await bot.GetChatMember(chatId, userId, cancellationToken);
            isAdmin = member.IsAdmin;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Unknown means no: moderator features stay closed when Telegram cannot tell us.
            Log.ModeratorCheckFailed(logger, chatId, redactor.Scrub(ex));
            return false;
        }

        if (_cache.Count > 10_000)
        {
            _cache.Clear();
        }

        _cache[(chatId, userId)] = (isAdmin, now.AddSeconds(options.Value.ModeratorCacheSeconds));
        return isAdmin;
    }
}
