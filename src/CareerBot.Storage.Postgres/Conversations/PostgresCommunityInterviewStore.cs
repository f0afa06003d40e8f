using System.Globalization;
using CareerBot.Core.Communities;
using CareerBot.Core.Conversations;

namespace CareerBot.Storage.Postgres.Conversations;

/// <summary>
/// A community's interviews for its pulse: one statement on the partial index <c>conversations_community</c>
/// (migration 0002) that returns only the three answers the pulse counts, never a key or a note.
/// </summary>
internal sealed class PostgresCommunityInterviewStore(StoreDatabase database) : ICommunityInterviewStore
{
    // $1 platform, $2 community, $3 since and $4 until as UTC ticks. The CASE keeps a damaged time from failing the cast.
    private const string List = """
        SELECT document ->> 'worry', document ->> 'curSoc', document ->> 'goal'
        FROM conversations
        WHERE platform = $1 AND document ->> 'community' = $2
          AND CASE WHEN jsonb_typeof(document #> '{communitySince,t}') = 'number'
                   THEN (document #>> '{communitySince,t}')::numeric >= $3 AND (document #>> '{communitySince,t}')::numeric < $4
                   ELSE false END
        """;

    public async Task<IReadOnlyList<CommunityInterview>> ListAsync(CommunityKey community, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var command = await database.CommandAsync(List, cancellationToken);
        command.Parameters.Add(Parameter.Text(community.Platform.ToString()));
        command.Parameters.Add(Parameter.Text(DocumentText.Clean(community.Id)));
        command.Parameters.Add(Parameter.Bigint(since.UtcTicks));
        command.Parameters.Add(Parameter.Bigint(until.UtcTicks));
        var interviews = new List<CommunityInterview>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var worry = reader.IsDBNull(0) || !int.TryParse(reader.GetString(0), NumberStyles.Integer, CultureInfo.InvariantCulture, out var level) ? (int?)null : level;
            var soc = reader.IsDBNull(1) ? null : reader.GetString(1);
            // Enum.TryParse also takes a bare number ("7"), which is no goal: such a value counts as not chosen.
            var goal = reader.IsDBNull(2) || !Enum.TryParse<CareerGoal>(reader.GetString(2), out var parsed) || !Enum.IsDefined(parsed) ? (CareerGoal?)null : parsed;
            interviews.Add(new CommunityInterview(worry, CommunityInterview.MajorGroupOf(soc), goal));
        }

        return interviews;
    }
}
