using CareerBot.Core.Messaging;

namespace CareerBot.Core.Discussions;

/// <summary>A moderator command's result: the channel as it is now, the replies, and whether the scheduler should look at once.</summary>
internal sealed record WeeklyOutcome(DiscussionChannel Channel, IReadOnlyList<OutgoingMessage> Replies, bool Wake = false);
