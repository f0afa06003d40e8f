using CareerBot.Core.Communities;
using CareerBot.Core.Conversations;
using LiteDB;

namespace CareerBot.Storage.LiteDb.Conversations;

/// <summary>A community's interviews for its pulse, read through the conversations' community index; only the answers the pulse counts leave here.</summary>
internal sealed class LiteDbCommunityInterviewStore(ConversationCollections collections) : ICommunityInterviewStore
{
    public Task<IReadOnlyList<CommunityInterview>> ListAsync(CommunityKey community, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var platform = community.Platform.ToString();
        IReadOnlyList<CommunityInterview> interviews = [.. collections.Conversations
            .Find(Query.EQ(ConversationBson.Community, community.Id))
            .Where(d => d[ConversationBson.Platform].IsString && d[ConversationBson.Platform].AsString == platform)
            .Where(d => d[ConversationBson.CommunitySince].IsDocument && BsonTime.FromBson(d[ConversationBson.CommunitySince], DateTimeOffset.MinValue) is var at && at >= since && at < until)
            .Select(d => new CommunityInterview(
                BsonValues.Int(d["worry"]),
                CommunityInterview.MajorGroupOf(BsonValues.String(d["curSoc"])),
                BsonValues.NullableEnum<CareerGoal>(d["goal"]) is { } goal && Enum.IsDefined(goal) ? goal : null))];
        return Task.FromResult(interviews);
    }
}
