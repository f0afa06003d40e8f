using CareerBot.Core.Messaging;

namespace CareerBot.Core.Discussions;

/// <summary>A prompt to post in a channel; <see cref="PostId"/> is stable across retries.</summary>
public sealed record ChannelPost(ChannelKey Channel, string PostId, OutgoingMessage Message);
