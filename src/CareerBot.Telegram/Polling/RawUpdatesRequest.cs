using System.Text.Json;
using Telegram.Bot.Requests;
using Telegram.Bot.Types.Enums;

namespace CareerBot.Telegram.Polling;

/// <summary>
/// getUpdates answered as raw JSON items: the library's typed request reads the whole batch at once, so one update it
/// cannot read would fail every poll and stop the bot at that offset for good.
/// </summary>
internal sealed class RawUpdatesRequest() : RequestBase<JsonElement[]>("getUpdates")
{
    public int? Offset { get; init; }

    public int? Limit { get; init; }

    public int? Timeout { get; init; }

    public IEnumerable<UpdateType>? AllowedUpdates { get; init; }
}
