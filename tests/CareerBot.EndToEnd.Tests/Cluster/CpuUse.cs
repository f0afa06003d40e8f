namespace CareerBot.EndToEnd.Tests.Cluster;

/// <summary>CPU seconds by component: the bot processes, PostgreSQL's processes, the Telegram emulator (node), the test itself (fake Discord, forwarder, people).</summary>
internal sealed record CpuUse(double Bots, double Postgres, double Emulator, double TestProcess)
{
    public static CpuUse operator -(CpuUse after, CpuUse before) =>
        new(after.Bots - before.Bots, after.Postgres - before.Postgres, after.Emulator - before.Emulator, after.TestProcess - before.TestProcess);

    public string Describe(TimeSpan wall)
    {
        var seconds = Math.Max(1, wall.TotalSeconds);
        return FormattableString.Invariant(
            $"bot processes {Bots:F1} s ({Bots / seconds:F2} cores), PostgreSQL {Postgres:F1} s ({Postgres / seconds:F2}), emulator {Emulator:F1} s ({Emulator / seconds:F2}), test process {TestProcess:F1} s ({TestProcess / seconds:F2})");
    }
}
