using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;

namespace CareerBot.Storage.LiteDb.Tests.Conversations;

/// <summary>Field-by-field equality: records (and xunit) compare ImmutableArray and list members by reference.</summary>
internal static class ConversationAssert
{
    public static void Equal(Conversation expected, Conversation? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Candidates.ToArray(), actual.Candidates.ToArray());
        Assert.Equal(expected.CandidateIscos.ToArray(), actual.CandidateIscos.ToArray());
        Assert.Equal(expected.StoriesTold.ToArray(), actual.StoriesTold.ToArray());
        Assert.Equal(expected.PendingTargets.ToArray(), actual.PendingTargets.ToArray());
        Assert.Equal(expected.PendingTargetIscos.ToArray(), actual.PendingTargetIscos.ToArray());
        Assert.Equal(expected.StartedAt.Offset, actual.StartedAt.Offset);
        Assert.Equal(expected.LastActivity.Offset, actual.LastActivity.Offset);
        var withSameArrays = actual with
        {
            Candidates = expected.Candidates,
            CandidateIscos = expected.CandidateIscos,
            StoriesTold = expected.StoriesTold,
            PendingTargets = expected.PendingTargets,
            PendingTargetIscos = expected.PendingTargetIscos,
        };
        Assert.Equal(expected, withSameArrays);
    }

    public static void Equal(OutboxEntry expected, OutboxEntry actual)
    {
        Assert.Equal(expected.Message.Choices, actual.Message.Choices);
        Assert.Equal(expected.CreatedAt.Offset, actual.CreatedAt.Offset);
        var withSameChoices = actual with { Message = actual.Message with { Choices = expected.Message.Choices } };
        Assert.Equal(expected, withSameChoices);
    }
}
