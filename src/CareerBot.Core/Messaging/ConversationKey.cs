namespace CareerBot.Core.Messaging;

/// <summary>Identifies one person's conversation on one platform.</summary>
public readonly record struct ConversationKey(Platform Platform, string UserId)
{
    public override string ToString() => $"{Platform}:{UserId}";
}
