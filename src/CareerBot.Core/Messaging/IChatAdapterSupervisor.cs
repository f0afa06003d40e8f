namespace CareerBot.Core.Messaging;

/// <summary>
/// Where a chat adapter reports that it stopped for good (its platform refused it: bad token, disallowed intents).
/// Only that adapter stops; the host ends, with a failure exit code, once no configured adapter is left running.
/// </summary>
public interface IChatAdapterSupervisor
{
    void StoppedForGood(Platform platform, string reason);
}
