namespace CareerBot.EndToEnd.Tests.Telegram;

/// <summary>Telegram end-to-end tests run one at a time: each starts real processes on a 2-core machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelegramProcesses
{
    public const string Name = "Telegram end to end";
}
