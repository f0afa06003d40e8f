using CareerBot.Core.Messaging.Delivery;

namespace CareerBot.Telegram.Sending;

/// <summary>
/// What one Bot API call into a chat came to: its outcome, the chat's id afterwards (a group may have moved to a
/// supergroup meanwhile), and whether Telegram refused a photo with a 400 (then the text goes alone).
/// </summary>
internal sealed record CallResult(DeliveryOutcome Outcome, long ChatId, bool PhotoRefused = false)
{
    public bool Delivered => Outcome.Status == DeliveryStatus.Delivered;
}
