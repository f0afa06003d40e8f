namespace CareerBot.Discord;

/// <summary>
/// The interactions this process acknowledged, each with its acknowledgement call. Two uses: a RESUME may replay an
/// interaction, which must not be acknowledged twice (Discord refuses a second callback with 40060); and a reply
/// through the interaction's webhook must not overtake its acknowledgement (a follow-up before the callback fails).
/// Memory only: after a restart a replayed interaction is acknowledged again (Discord refuses it; logged) and the turn
/// store drops its turn as handled.
/// </summary>
internal sealed class InteractionAcknowledgements
{
    // Interaction tokens live 15 minutes; far more interactions than that window holds are remembered.
    private readonly RecentMap<Task> _acknowledgements = new(50_000);

    /// <summary>Starts <paramref name="acknowledge"/> unless this interaction was acknowledged before (then false).</summary>
    public bool TryStart(string interactionId, Func<Task> acknowledge)
    {
        ArgumentNullException.ThrowIfNull(acknowledge);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_acknowledgements.TryAdd(interactionId, done.Task))
        {
            return false;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await acknowledge();
            }
            finally
            {
                done.TrySetResult(); // failed or not: the replies go on (and fall back to the channel if the token is unknown)
            }
        });
        return true;
    }

    /// <summary>Completes once the interaction's acknowledgement was answered, at once for one this process never saw.</summary>
    public Task WaitAsync(string interactionId, CancellationToken cancellationToken) =>
        _acknowledgements.TryGet(interactionId, out var acknowledged) ? acknowledged.WaitAsync(cancellationToken) : Task.CompletedTask;
}
