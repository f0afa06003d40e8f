using CareerBot.Core.Messaging;

namespace CareerBot.Core.Communities;

/// <summary>A community on one platform: a Telegram group or a Discord server, by the id its adapter gives it.</summary>
public readonly record struct CommunityKey(Platform Platform, string Id)
{
    public override string ToString() => $"{Platform}:{Id}";
}
