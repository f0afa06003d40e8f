using CareerBot.Core.Messaging;

namespace CareerBot.Core.Discussions;

/// <summary>A group, server channel or console "channel" that can receive weekly prompts.</summary>
public readonly record struct ChannelKey(Platform Platform, string ChannelId)
{
    public override string ToString() => $"{Platform}:{ChannelId}";
}
