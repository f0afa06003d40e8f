namespace CareerBot.Discord.Delivery;

/// <summary>How a reply reaches Discord.</summary>
internal enum ReplyKind
{
    /// <summary>A new message in a channel (the DM channel).</summary>
    Channel,

    /// <summary>A public reply to a message in a server channel (after a mention).</summary>
    ChannelReply,

    /// <summary>Through the interaction webhook (edit the deferred original first, then follow-ups).</summary>
    Interaction,
}
