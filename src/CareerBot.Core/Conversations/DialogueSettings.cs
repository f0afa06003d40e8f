namespace CareerBot.Core.Conversations;

/// <summary>Tunable behaviour of the interview.</summary>
public sealed record DialogueSettings
{
    /// <summary>After this much silence a returning person is greeted back and offered resume or restart.</summary>
    public TimeSpan IdleGreetingAfter { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Longer messages are politely refused (a pasted document is not a job title).</summary>
    public int MaxMessageLength { get; init; } = 1000;

    /// <summary>Idle conversations are deleted after this long (by the storage's retention sweeper); /privacy states it.</summary>
    public TimeSpan RetainIdleFor { get; init; } = TimeSpan.FromDays(90);

    /// <summary>Whole days of <see cref="RetainIdleFor"/>, as the texts state it.</summary>
    public int RetainIdleDays => (int)Math.Ceiling(RetainIdleFor.TotalDays);

    /// <summary>True to send a risk card picture with each answer card (Pictures:Enabled); false for text alone.</summary>
    public bool Pictures { get; init; } = true;

    /// <summary>Attribution lines listed by /sources, one per data source.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>The same lines for Dutch speakers (licence credits stay as required); empty: Dutch speakers get <see cref="Sources"/>.</summary>
    public IReadOnlyList<string> SourcesDutch { get; init; } = [];
}
