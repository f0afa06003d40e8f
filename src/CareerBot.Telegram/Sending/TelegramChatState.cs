using System.Globalization;
using CareerBot.Core.Messaging;

namespace CareerBot.Telegram.Sending;

/// <summary>The adapter's other durable state in <see cref="IPlatformStateStore"/>: the polling offset, split progress, hints, the menu hash.</summary>
internal sealed class TelegramChatState(IPlatformStateStore store)
{
    private const string Prefix = "telegram:";

    public async Task<int?> GetOffsetAsync(CancellationToken cancellationToken) =>
        int.TryParse(await store.GetAsync(Prefix + "offset", cancellationToken), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var offset)
            ? offset
            : null;

    public Task SetOffsetAsync(int offset, CancellationToken cancellationToken) =>
        store.SetAsync(Prefix + "offset", Text(offset), cancellationToken);

    /// <summary>How many parts of a split reply already reached Telegram (so a resend skips them).</summary>
    public async Task<int> GetPartsSentAsync(string entryId, CancellationToken cancellationToken) =>
        int.TryParse(await store.GetAsync(Prefix + "sent:" + entryId, cancellationToken), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    public Task SetPartsSentAsync(string entryId, int? parts, CancellationToken cancellationToken) =>
        store.SetAsync(Prefix + "sent:" + entryId, parts is { } p ? Text(p) : null, cancellationToken);

    /// <summary>True once per (chat, update): a hint is never repeated when an update is delivered again.</summary>
    public async Task<bool> TryMarkHintedAsync(long chatId, int updateId, CancellationToken cancellationToken)
    {
        var key = Prefix + "hinted:" + Text(chatId);
        if (int.TryParse(await store.GetAsync(key, cancellationToken), NumberStyles.None, CultureInfo.InvariantCulture, out var last) && last >= updateId)
        {
            return false;
        }

        await store.SetAsync(key, Text(updateId), cancellationToken);
        return true;
    }

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken) => store.GetAsync(Prefix + key, cancellationToken);

    public Task SetAsync(string key, string? value, CancellationToken cancellationToken) => store.SetAsync(Prefix + key, value, cancellationToken);

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
