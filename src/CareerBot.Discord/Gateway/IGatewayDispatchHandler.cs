namespace CareerBot.Discord.Gateway;

/// <summary>Receives the dispatches the bot needs (READY, MESSAGE_CREATE, INTERACTION_CREATE, GUILD_CREATE).</summary>
internal interface IGatewayDispatchHandler
{
    /// <summary>
    /// Takes one dispatch, in the order received. The connection does not wait for the returned task before reading
    /// the next frame, so everything that fixes the event's order must happen before the method first yields. The task
    /// completes once the event is handled for good (its turn stored, or dropped on purpose): until then a restarted bot
    /// resumes from before it, so that it is replayed rather than lost (see <see cref="HandledSequence"/>).
    /// A READY can also come from a saved session that a new process resumes (Discord sends none on RESUME).
    /// </summary>
    Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken);
}
