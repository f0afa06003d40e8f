namespace CareerBot.Core.Conversations;

/// <summary>What <see cref="IConversationStore.SaveTurnAsync"/> did. Nothing is written unless it says <see cref="Saved"/>.</summary>
public enum TurnSaveResult
{
    Saved,

    /// <summary>The event was turned into a stored turn before (by this or another process): nothing to do.</summary>
    AlreadyHandled,

    /// <summary>The conversation changed since the turn read it (another process stored a turn): read again and rerun.</summary>
    Stale,
}
