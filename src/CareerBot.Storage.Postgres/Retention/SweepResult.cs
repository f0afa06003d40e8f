namespace CareerBot.Storage.Postgres.Retention;

/// <summary>What one retention sweep deleted.</summary>
internal readonly record struct SweepResult(int Conversations, int OutboxEntries)
{
    public static SweepResult operator +(SweepResult left, SweepResult right) =>
        new(left.Conversations + right.Conversations, left.OutboxEntries + right.OutboxEntries);
}
