namespace CareerBot.Core.Discussions;

/// <summary>What a channel needs from the scheduler right now.</summary>
internal enum DueKind
{
    /// <summary>Nothing scheduled and nothing pending.</summary>
    Nothing,

    /// <summary>Nothing yet: look again at <see cref="DueDecision.At"/>.</summary>
    Wait,

    /// <summary>Send the pending post (again).</summary>
    SendPending,

    /// <summary>The pending post is older than the grace window: drop it.</summary>
    DropPending,

    /// <summary>Record a post for the slot at <see cref="DueDecision.At"/> and send it.</summary>
    PostSlot,

    /// <summary>A moderator asked to skip the slot at <see cref="DueDecision.At"/>.</summary>
    SkipSlot,

    /// <summary>The slot at <see cref="DueDecision.At"/> was missed by more than the grace window.</summary>
    MissSlot,
}
