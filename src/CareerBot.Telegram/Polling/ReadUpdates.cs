using Telegram.Bot.Types;

namespace CareerBot.Telegram.Polling;

/// <summary>The updates of one getUpdates batch that could be read, and the highest update id seen in it (read or not).</summary>
internal sealed record ReadUpdates(Update[] Updates, int? HighestId);
