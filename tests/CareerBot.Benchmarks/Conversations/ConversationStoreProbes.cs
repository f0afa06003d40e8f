global using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;

// In the interface's namespace, so tests read the store the way they did before a turn became one call.
namespace CareerBot.Core.Conversations;

/// <summary>Test-only reads of a conversation store through its one read, <see cref="IConversationStore.LoadTurnAsync"/>.</summary>
internal static class ConversationStoreProbes
{
    private const string ProbeMessage = "\u0000probe";

    public static async Task<Conversation?> FindAsync(this IConversationStore store, ConversationKey key, CancellationToken cancellationToken) =>
        (await store.LoadTurnAsync(key, ProbeMessage, cancellationToken)).Conversation;

    public static async Task<bool> IsHandledAsync(this IConversationStore store, Platform platform, string messageId, CancellationToken cancellationToken) =>
        (await store.LoadTurnAsync(new ConversationKey(platform, ProbeMessage), messageId, cancellationToken)).AlreadyHandled;

    public static Task MarkDeliveredAsync(this IConversationStore store, string outboxEntryId, CancellationToken cancellationToken) =>
        store.MarkDeliveredAsync([outboxEntryId], cancellationToken);
}
