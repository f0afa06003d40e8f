namespace CareerBot.Telegram.Routing;

/// <summary>What the adapter does with one update.</summary>
internal enum RouteKind
{
    /// <summary>Nothing (chatter, edits, service messages, unknown update types).</summary>
    Ignore,

    /// <summary>Feed <see cref="UpdateRoute.Message"/> to the dialogue.</summary>
    Dialogue,

    /// <summary>Send a short "I read text only" hint (stickers, photos … in a private chat).</summary>
    Hint,

    /// <summary>The person blocked the bot, or the bot was removed from the group.</summary>
    Blocked,

    /// <summary>The person unblocked the bot, or the bot was added back.</summary>
    Unblocked,

    /// <summary>The group became a supergroup with a new id.</summary>
    Migrated,

    /// <summary>Someone typed the bot's name and a job in a chat: answer with job cards at once, outside any conversation.</summary>
    InlineQuery,

    /// <summary>Someone posted one of those cards (Telegram sends this only with inline feedback on): counted, nothing more.</summary>
    InlineChosen,
}
