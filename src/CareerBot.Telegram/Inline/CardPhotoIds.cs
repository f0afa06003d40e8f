using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using CareerBot.Core.Pictures;
using CareerBot.Telegram.Sending;
using Telegram.Bot.Types;

namespace CareerBot.Telegram.Inline;

/// <summary>
/// Telegram's file_ids of one-job card pictures the bot has sent with sendPhoto, by a digest of what the picture shows
/// (its words and figures, so language and data changes give a new digest). An inline answer can only show a photo
/// Telegram already holds; this is how it knows one. Kept in the platform state (shared by processes, kept over
/// restarts) and in memory; a digest found missing is not asked for again for a few minutes. Nothing about a person is in it.
/// </summary>
internal sealed class CardPhotoIds(TelegramChatState state, TimeProvider time)
{
    private const string KeyPrefix = "photo:";
    private static readonly TimeSpan AskAgainAfter = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, string> _known = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _missing = new(StringComparer.Ordinal);

    public async Task<string?> FindAsync(ReplyPicture picture, CancellationToken cancellationToken)
    {
        if (picture is not RiskCardPicture card)
        {
            return null;
        }

        var digest = Digest(card);
        if (_known.TryGetValue(digest, out var known))
        {
            return known;
        }

        if (_missing.TryGetValue(digest, out var until) && until > time.GetUtcNow())
        {
            return null;
        }

        if (await state.GetAsync(KeyPrefix + digest, cancellationToken) is not { Length: > 0 } stored)
        {
            _missing[digest] = time.GetUtcNow() + AskAgainAfter;
            return null;
        }

        _known[digest] = stored;
        return stored;
    }

    /// <summary>Remembers the largest size of a photo Telegram accepted for <paramref name="picture"/> (one job's card only: inline results show no other).</summary>
    public async Task RememberAsync(ReplyPicture picture, PhotoSize[]? sizes, CancellationToken cancellationToken)
    {
        if (picture is not RiskCardPicture { Jobs.Count: 1 } card || sizes is not { Length: > 0 } || sizes.MaxBy(s => (long)s.Width * s.Height)?.FileId is not { Length: > 0 } fileId)
        {
            return;
        }

        var digest = Digest(card);
        if (_known.TryGetValue(digest, out var known) && known == fileId)
        {
            return;
        }

        _known[digest] = fileId;
        _missing.TryRemove(digest, out _);
        await state.SetAsync(KeyPrefix + digest, fileId, cancellationToken);
    }

    public static string Digest(RiskCardPicture picture) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(picture)))[..32];
}
