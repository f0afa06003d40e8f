namespace CareerBot.Core.Telemetry;

/// <summary>How a turn ended, as counted by <see cref="BotMetrics"/>.</summary>
public enum TurnOutcome
{
    /// <summary>Run and stored with its replies.</summary>
    Stored,

    /// <summary>The event was handled before; nothing new.</summary>
    Repeated,

    /// <summary>The turn threw (e.g. the store was down); the platform will bring the event again.</summary>
    Failed,
}
